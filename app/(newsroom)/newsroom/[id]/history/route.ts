import type { NextRequest } from "next/server";
import { getArticleHistory } from "@/lib/articles/get-article-history";
import { serveNewsroomPage } from "@/lib/http/newsroom-forms";
import { articleHistoryPage } from "@/lib/views/newsroom";

/** Every saved version of an article: staff, and its author; a draft's text only its author and admins. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  return serveNewsroomPage(request.nextUrl.pathname, async (user) => {
    const found = /^[a-z0-9]{1,40}$/.test(raw) ? await getArticleHistory(user, raw) : null;
    return found && articleHistoryPage(found.article, found.revisions);
  });
}
