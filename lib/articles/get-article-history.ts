import "server-only";
import { can, type Actor } from "@/lib/policy";
import { getArticleForEdit, listArticleRevisions } from "./get-article-for-edit";

/**
 * An article's saved versions for the newsroom's History, newest first, or null when the viewer
 * may not read it (lib/policy.ts "article:history": staff and its author, and a draft only
 * those who may read the draft). A moderator reading a published article's history sees the
 * versions that were published; a draft version (before the first publication, or an
 * unpublished change since) keeps its text, title and highlights to its author and admins.
 */
export async function getArticleHistory(viewer: Actor, id: string) {
  const article = await getArticleForEdit(id);
  if (!article || !can(viewer, "article:history", article)) return null;
  const revisions = (await listArticleRevisions(article.id)).map(({ title, excerpt, highlights, body, ...r }) => ({
    ...r,
    text: can(viewer, "article:read", { status: r.status, authorId: article.authorId })
      ? { title, excerpt, highlights, body }
      : null,
  }));
  return { article, revisions };
}
