import type { NextRequest } from "next/server";
import { editorResponse, postArticleForm, serveNewsroomPage } from "@/lib/http/newsroom-forms";
import { can } from "@/lib/policy";

/** The editor for a new article. */
export async function GET() {
  return serveNewsroomPage("/newsroom/new", async (user) =>
    can(user, "article:create", undefined) ? editorResponse(user, { values: {} }, 200) : null,
  );
}

/** Preview, Save draft or Publish a new article. */
export async function POST(request: NextRequest) {
  return postArticleForm(request);
}
