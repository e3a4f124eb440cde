import type { NextRequest } from "next/server";
import { getArticleForEdit } from "@/lib/articles/get-article-for-edit";
import { ARTICLE_TYPED, editorResponse, postArticleForm, serveNewsroomPage, valuesOf } from "@/lib/http/newsroom-forms";
import { can } from "@/lib/policy";
import { formRoute } from "@/lib/http/mutation";

type Params = { params: Promise<{ id: string }> };

const idOf = (raw: string) => (/^[a-z0-9]{1,40}$/.test(raw) ? raw : undefined);

/** The editor for an article: its analyst author's, or an admin's; a draft is seen by no one else. */
export async function GET(request: NextRequest, { params }: Params) {
  const id = idOf((await params).id);
  const path = request.nextUrl.pathname;
  return serveNewsroomPage(path, async (user) => {
    const article = id ? await getArticleForEdit(id) : null;
    if (!article || !can(user, "article:edit", article)) return null;
    const message = request.nextUrl.searchParams.get("done") === "draft" ? "Draft saved." : undefined;
    return editorResponse(user, { values: valuesOf(article), message }, 200, article);
  });
}

export const POST = formRoute("article save", save, ARTICLE_TYPED);

/** Preview, Save draft, Publish or Update it. */
async function save(request: NextRequest, { params }: Params) {
  const id = idOf((await params).id);
  if (!id) return new Response("Article not found", { status: 404 });
  return postArticleForm(request, id);
}
