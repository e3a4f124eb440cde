import "server-only";
import { z } from "zod";
import { readRows } from "@/lib/db";
import type { ModActionKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy";
import { mayNameArticle, type ArticleAccess } from "./article-name";

export const LOG_PAGE = 50;

export const LOG_ACTIONS = [
  "REMOVE",
  "RESTORE",
  "APPROVE",
  "REJECT_REPORTS",
  "SUSPEND",
  "BAN",
  "LIFT",
  "LOCK",
  "UNLOCK",
  "ROLE_CHANGE",
] as const satisfies readonly ModActionKind[];

/** The log's filters, from the query string; anything malformed is dropped, not an error. */
export const logFilterSchema = z.object({
  actor: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .optional()
    .catch(undefined),
  user: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .optional()
    .catch(undefined),
  action: z.enum(LOG_ACTIONS).optional().catch(undefined),
  before: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

export type LogEntry = {
  id: number;
  action: ModActionKind;
  actorId: string;
  actorName: string;
  targetUserId: string | null;
  targetUserName: string | null;
  targetCommentId: number | null;
  discussionId: number | null;
  articleSlug: string | null;
  articleTitle: string | null;
  threadId: number | null;
  threadSlug: string | null;
  threadTitle: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  expiresAt: Date | null;
  createdAt: Date;
};

/** One page of the moderation log, newest first (cursor: the last id shown), in one statement. */
export async function listLog(viewer: Actor, filter: LogFilter) {
  const rows = await readRows<LogEntry & ArticleAccess>`
    SELECT m.id, m.action::text AS action, m."actorId", a."displayName" AS "actorName",
           m."targetUserId", t."displayName" AS "targetUserName", m."targetCommentId", m."discussionId",
           art.slug AS "articleSlug", art.title AS "articleTitle",
           art.status::text AS "articleStatus", art."authorId" AS "articleAuthorId",
           th.id AS "threadId", th.slug AS "threadSlug", th.title AS "threadTitle", m.reason, m.before, m.after, m."expiresAt", m."createdAt"
    FROM "ModAction" m
    JOIN "User" a ON a.id = m."actorId"
    LEFT JOIN "User" t ON t.id = m."targetUserId"
    LEFT JOIN "Article" art ON art."discussionId" = m."discussionId"
    LEFT JOIN "Thread" th ON th."discussionId" = m."discussionId"
    WHERE (${filter.actor ?? null}::text IS NULL OR m."actorId" = ${filter.actor ?? null})
      AND (${filter.user ?? null}::text IS NULL OR m."targetUserId" = ${filter.user ?? null})
      AND (${filter.action ?? null}::text IS NULL OR m.action::text = ${filter.action ?? null})
      AND (${filter.before ?? null}::int IS NULL OR m.id < ${filter.before ?? null})
    ORDER BY m.id DESC
    LIMIT ${LOG_PAGE + 1}`;
  // An article the viewer may not read (a draft's) is not named (article-name.ts).
  const page: LogEntry[] = rows
    .slice(0, LOG_PAGE)
    .map(({ articleStatus, articleAuthorId, ...e }) =>
      mayNameArticle(viewer, { articleStatus, articleAuthorId }) ? e : { ...e, articleSlug: null, articleTitle: null },
    );
  return { entries: page, next: rows.length > LOG_PAGE ? (page.at(-1)?.id ?? null) : null };
}

/** The staff who appear in the log's "Moderator" filter. */
export function listStaff() {
  return readRows<{ id: string; displayName: string }>`
    SELECT id, "displayName" FROM "User" WHERE role IN ('MODERATOR', 'ADMIN') ORDER BY "displayName" LIMIT 200`;
}
