import "server-only";
import { readQuery } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** Threads per page of a category. */
export const THREADS_PER_PAGE = 30;
/** Pinned threads shown above a category's first page, at most. */
const MAX_PINNED = 10;

/** A row of a thread list: what Discourse's topic list shows. */
export type ThreadRow = {
  id: number;
  slug: string;
  title: string;
  tags: string[];
  categorySlug: string;
  categoryName: string;
  authorId: string;
  authorName: string;
  authorRole: Role;
  createdAt: Date;
  lastActivityAt: Date;
  /** Who replied last; null while nobody has. */
  lastPosterName: string | null;
  replyCount: number;
  viewCount: number;
  locked: boolean;
  /** Pinned now (a pin whose date has passed no longer counts). */
  pinned: boolean;
};

/**
 * A page's position in a list by latest activity: the last row's (lastActivityAt, id). A thread
 * that gets a reply while someone pages moves above every cursor (to the top of the first page),
 * so a walk by cursor never shows a thread twice; the one that moved is not shown again further
 * down (the "activity rule", as in Discourse's latest list).
 */
export function encodeThreadCursor(row: { lastActivityAt: Date; id: number }): string {
  return `${row.lastActivityAt.getTime()}_${row.id}`;
}

export function decodeThreadCursor(raw: string | undefined): { at: Date; id: number } | undefined {
  const m = raw ? /^(\d{1,15})_(\d{1,10})$/.exec(raw) : null;
  if (!m) return undefined;
  const at = new Date(Number(m[1]));
  const id = Number(m[2]);
  return Number.isNaN(at.getTime()) || id > 2_147_483_647 ? undefined : { at, id };
}

// The columns every list shows, for a set of threads `t`.
const COLUMNS = `t.id, t.slug, t.title, t.tags, t."createdAt", t."lastActivityAt", t."viewCount",
  t."authorId", au."displayName" AS "authorName", au.role::text AS "authorRole",
  lp."displayName" AS "lastPosterName", fc.slug AS "categorySlug", fc.name AS "categoryName",
  d."commentCount" AS "replyCount", (d."lockedAt" IS NOT NULL) AS locked, t."pinnedNow" AS pinned`;
const JOINS = `JOIN "User" au ON au.id = t."authorId"
  LEFT JOIN "User" lp ON lp.id = t."lastPosterId"
  JOIN "ForumCategory" fc ON fc.id = t."categoryId"
  JOIN "Discussion" d ON d.id = t."discussionId"`;

/**
 * One page of a category's threads, latest activity first, in one statement. On the first
 * page the threads pinned now come first. Each branch reads the index on (categoryId, pinned,
 * lastActivityAt, id) from its cursor on: pinned = false, and pins whose date has passed,
 * which list by activity like any other thread.
 */
export async function listCategoryThreads(categoryId: string, after?: { at: Date; id: number }) {
  const n = THREADS_PER_PAGE + 1;
  // A UTC wall time: the column is a timestamp without time zone, written in UTC.
  const at = after?.at.toISOString() ?? null;
  const afterId = after?.id ?? null;
  const rows = await readQuery<ThreadRow>(
    `SELECT ${COLUMNS} FROM (
      (SELECT t.*, true AS "pinnedNow" FROM "Thread" t
        WHERE t."categoryId" = $1 AND t.pinned AND $2::timestamp IS NULL
          AND (t."pinnedUntil" IS NULL OR t."pinnedUntil" > now() AT TIME ZONE 'UTC')
        ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT ${MAX_PINNED})
      UNION ALL
      (SELECT t.*, false FROM "Thread" t
        WHERE t."categoryId" = $1 AND NOT t.pinned
          AND ($2::timestamp IS NULL OR (t."lastActivityAt", t.id) < ($2::timestamp, $3::int))
        ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT ${n})
      UNION ALL
      (SELECT t.*, false FROM "Thread" t
        WHERE t."categoryId" = $1 AND t.pinned AND t."pinnedUntil" <= now() AT TIME ZONE 'UTC'
          AND ($2::timestamp IS NULL OR (t."lastActivityAt", t.id) < ($2::timestamp, $3::int))
        ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT ${n})
    ) t ${JOINS}
    ORDER BY t."pinnedNow" DESC, t."lastActivityAt" DESC, t.id DESC`,
    [categoryId, at, afterId],
  );
  const pinned = rows.filter((r) => r.pinned);
  const rest = rows.filter((r) => !r.pinned);
  const threads = rest.slice(0, THREADS_PER_PAGE);
  const next = rest.length > THREADS_PER_PAGE ? encodeThreadCursor(threads[threads.length - 1]!) : undefined;
  return { pinned, threads, next };
}

/** The latest threads across every category (the forum's home). */
export async function listLatestThreads(limit = 20) {
  return readQuery<ThreadRow>(
    `SELECT ${COLUMNS} FROM (
      SELECT t.*, (t.pinned AND (t."pinnedUntil" IS NULL OR t."pinnedUntil" > now() AT TIME ZONE 'UTC')) AS "pinnedNow"
      FROM "Thread" t ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT $1
    ) t ${JOINS}
    ORDER BY t."lastActivityAt" DESC, t.id DESC`,
    [limit],
  );
}
