import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/policy";

/**
 * What a staff page calls the article a comment or action is under when the viewer may not
 * read it (lib/policy.ts): an article taken back to draft, whose title and address are the
 * draft's and stay its author's and admins'. Moderators still see the comment itself.
 */
export const UNPUBLISHED_ARTICLE = "an unpublished article";

/** The article's status and author, selected beside its title. */
export type ArticleAccess = { articleStatus: ArticleStatus | null; articleAuthorId: string | null };

export function mayNameArticle(viewer: Actor, row: ArticleAccess): boolean {
  const article =
    row.articleStatus && row.articleAuthorId ? { status: row.articleStatus, authorId: row.articleAuthorId } : null;
  return can(viewer, "discussion:read", { article });
}
