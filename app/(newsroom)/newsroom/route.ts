import type { NextRequest } from "next/server";
import { listNewsroom } from "@/lib/articles/list-newsroom";
import { serveNewsroomPage } from "@/lib/http/newsroom-forms";
import { newsroomPage } from "@/lib/views/newsroom";

/** `/newsroom`: an analyst's articles (an admin's: all), drafts and published. */
export async function GET(request: NextRequest) {
  return serveNewsroomPage("/newsroom", async (user) => {
    if (user.role === "MODERATOR") return null; // moderators write no articles
    const done = request.nextUrl.searchParams.get("done") === "draft" ? "Draft saved." : undefined;
    return newsroomPage(await listNewsroom(user), user.role === "ADMIN", done);
  });
}
