import type { NextRequest } from "next/server";
import { ARTICLE_TYPED, editorResponse, postArticleForm, serveNewsroomPage } from "@/lib/http/newsroom-forms";
import { can } from "@/lib/policy";
import { formRoute } from "@/lib/http/mutation";

/** The editor for a new article. */
export async function GET() {
  return serveNewsroomPage("/newsroom/new", async (user) =>
    can(user, "article:create", undefined) ? editorResponse(user, { values: {} }, 200) : null,
  );
}

export const POST = formRoute("article save", save, ARTICLE_TYPED);

/** Preview, Save draft or Publish a new article. */
async function save(request: NextRequest) {
  return postArticleForm(request);
}
