import "server-only";
import { readRows } from "@/lib/db";
import type { ArticleStatus, ModActionKind } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/policy";

export const NOTICES_SHOWN = 50;

export type Notice = {
  id: number;
  action: ModActionKind;
  reason: string | null;
  expiresAt: Date | null;
  createdAt: Date;
  targetCommentId: number | null;
  commentExists: boolean;
  articleSlug: string | null;
  articleTitle: string | null;
  threadId: number | null;
  threadSlug: string | null;
  threadTitle: string | null;
};

/**
 * What moderators did to a user's comments and account, newest first, for the user
 * (Lemmy users asked for this: lemmy#3816). The moderator is not named; the reason is. A notice
 * about a comment under an article the user may not read now (taken back to draft) does not
 * name the article (lib/policy.ts): its title and address are the draft's.
 */
export async function listNotices(user: NonNullable<Actor>): Promise<Notice[]> {
  const rows = await readRows<Notice & { articleStatus: ArticleStatus | null; articleAuthorId: string | null }>`
    SELECT m.id, m.action::text AS action, m.reason, m."expiresAt", m."createdAt", m."targetCommentId",
           (c.id IS NOT NULL) AS "commentExists", art.slug AS "articleSlug", art.title AS "articleTitle",
           art.status::text AS "articleStatus", art."authorId" AS "articleAuthorId",
           th.id AS "threadId", th.slug AS "threadSlug", th.title AS "threadTitle"
    FROM "ModAction" m
    LEFT JOIN "Comment" c ON c.id = m."targetCommentId"
    LEFT JOIN "Article" art ON art."discussionId" = m."discussionId"
    LEFT JOIN "Thread" th ON th."discussionId" = m."discussionId"
    WHERE m."targetUserId" = ${user.id}
      AND m.action IN ('REMOVE', 'RESTORE', 'APPROVE', 'SUSPEND', 'BAN', 'LIFT', 'ROLE_CHANGE')
    ORDER BY m.id DESC
    LIMIT ${NOTICES_SHOWN}`;
  return rows.map(({ articleStatus, articleAuthorId, ...n }) => {
    const article = articleStatus && articleAuthorId ? { status: articleStatus, authorId: articleAuthorId } : null;
    return can(user, "discussion:read", { article }) ? n : { ...n, articleSlug: null, articleTitle: null };
  });
}
