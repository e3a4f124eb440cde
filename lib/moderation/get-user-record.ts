import "server-only";
import { readRows } from "@/lib/db";
import type { CommentStatus, ModActionKind, ModReason, ReportStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy";
import { mayNameArticle, UNPUBLISHED_ARTICLE, type ArticleAccess } from "./article-name";

export const RECORD_LIMIT = 20;
const EXCERPT_CHARS = 200;

export type UserRecord = {
  user: {
    id: string;
    displayName: string;
    role: Role;
    createdAt: Date;
    suspendedUntil: Date | null;
    suspensionReason: string | null;
  };
  /** How many admins there are: whether a role form could demote this one. */
  adminCount: number;
  comments: {
    id: number;
    status: CommentStatus;
    createdAt: Date;
    excerpt: string;
    truncated: boolean;
    /** The article's or forum thread's title. */
    articleTitle: string | null;
  }[];
  reports: {
    id: number;
    commentId: number;
    reason: ModReason;
    detail: string | null;
    status: ReportStatus;
    createdAt: Date;
    reporterName: string;
  }[];
  actions: {
    id: number;
    action: ModActionKind;
    actorName: string;
    reason: string | null;
    before: unknown;
    after: unknown;
    expiresAt: Date | null;
    createdAt: Date;
    targetCommentId: number | null;
  }[];
};

/**
 * A user's moderation record: who they are, their last comments, the reports against those
 * comments and what moderators did to them or their comments (the last RECORD_LIMIT of each,
 * newest first). Four statements whatever the record holds; one when there is no such user.
 */
export async function getUserRecord(viewer: Actor, userId: string): Promise<UserRecord | null> {
  const [user] = await readRows<UserRecord["user"] & { adminCount: number }>`
    SELECT id, "displayName", role::text AS role, "createdAt", "suspendedUntil", "suspensionReason",
           (SELECT count(*)::int FROM "User" WHERE role = 'ADMIN') AS "adminCount"
    FROM "User" WHERE id = ${userId}`;
  if (!user) return null;
  const [comments, reports, actions] = await Promise.all([
    readRows<UserRecord["comments"][number] & ArticleAccess>`
      SELECT c.id, c.status::text AS status, c."createdAt", left(c.body, ${EXCERPT_CHARS}) AS excerpt,
             length(c.body) > ${EXCERPT_CHARS} AS truncated, coalesce(a.title, t.title) AS "articleTitle",
             a.status::text AS "articleStatus", a."authorId" AS "articleAuthorId"
      FROM "Comment" c LEFT JOIN "Article" a ON a."discussionId" = c."discussionId"
      LEFT JOIN "Thread" t ON t."discussionId" = c."discussionId"
      WHERE c."authorId" = ${userId}
      ORDER BY c.id DESC LIMIT ${RECORD_LIMIT}`,
    readRows<UserRecord["reports"][number]>`
      SELECT r.id, r."commentId", r.reason::text AS reason, r.detail, r.status::text AS status, r."createdAt",
             u."displayName" AS "reporterName"
      FROM "Report" r JOIN "Comment" c ON c.id = r."commentId" JOIN "User" u ON u.id = r."reporterId"
      WHERE c."authorId" = ${userId}
      ORDER BY r.id DESC LIMIT ${RECORD_LIMIT}`,
    readRows<UserRecord["actions"][number]>`
      SELECT m.id, m.action::text AS action, u."displayName" AS "actorName", m.reason, m.before, m.after,
             m."expiresAt", m."createdAt", m."targetCommentId"
      FROM "ModAction" m JOIN "User" u ON u.id = m."actorId"
      WHERE m."targetUserId" = ${userId}
         OR m."targetCommentId" IN (SELECT id FROM "Comment" WHERE "authorId" = ${userId})
      ORDER BY m.id DESC LIMIT ${RECORD_LIMIT}`,
  ]);
  const { adminCount, ...row } = user;
  // An article the viewer may not read (a draft's) is not named (article-name.ts).
  const placed = comments.map(({ articleStatus, articleAuthorId, ...c }) =>
    mayNameArticle(viewer, { articleStatus, articleAuthorId }) ? c : { ...c, articleTitle: UNPUBLISHED_ARTICLE },
  );
  return { user: row, adminCount, comments: placed, reports, actions };
}
