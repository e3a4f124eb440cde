import type { NextRequest } from "next/server";
import { getArticleForEdit, listArticleRevisions } from "@/lib/articles/get-article-for-edit";
import { serveNewsroomPage } from "@/lib/http/newsroom-forms";
import { can } from "@/lib/policy";
import { articleHistoryPage } from "@/lib/views/newsroom";

/** Every saved version of an article: staff, and its author. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  return serveNewsroomPage(request.nextUrl.pathname, async (user) => {
    const article = /^[a-z0-9]{1,40}$/.test(raw) ? await getArticleForEdit(raw) : null;
    if (!article || !can(user, "article:history", article)) return null;
    return articleHistoryPage(article, await listArticleRevisions(article.id));
  });
}
