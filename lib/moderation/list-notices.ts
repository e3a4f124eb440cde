import "server-only";
import { readRows } from "@/lib/db";
import type { ModActionKind } from "@/lib/generated/prisma/enums";

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
 * (Lemmy users asked for this: lemmy#3816). The moderator is not named; the reason is.
 */
export function listNotices(userId: string) {
  return readRows<Notice>`
    SELECT m.id, m.action::text AS action, m.reason, m."expiresAt", m."createdAt", m."targetCommentId",
           (c.id IS NOT NULL) AS "commentExists", art.slug AS "articleSlug", art.title AS "articleTitle",
           th.id AS "threadId", th.slug AS "threadSlug", th.title AS "threadTitle"
    FROM "ModAction" m
    LEFT JOIN "Comment" c ON c.id = m."targetCommentId"
    LEFT JOIN "Article" art ON art."discussionId" = m."discussionId"
    LEFT JOIN "Thread" th ON th."discussionId" = m."discussionId"
    WHERE m."targetUserId" = ${userId}
      AND m.action IN ('REMOVE', 'RESTORE', 'APPROVE', 'SUSPEND', 'BAN', 'LIFT', 'ROLE_CHANGE')
    ORDER BY m.id DESC
    LIMIT ${NOTICES_SHOWN}`;
}
