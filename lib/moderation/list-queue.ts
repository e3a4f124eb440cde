import "server-only";
import { readRows } from "@/lib/db";
import { isStaff, type Actor } from "@/lib/policy";
import { mayNameArticle, UNPUBLISHED_ARTICLE, type ArticleAccess } from "./article-name";
import type { CommentStatus, ModReason } from "@/lib/generated/prisma/enums";

/** Items per section of the queue, and reports shown per comment (the count says how many in all). */
export const QUEUE_PAGE = 20;
export const REPORTS_SHOWN = 10;

export type ReportedComment = {
  commentId: number;
  reportCount: number;
  latest: Date;
  reasons: ModReason[];
  reports: { reporter: string; reason: ModReason; detail: string | null; snapshot: string; at: string }[];
  currentText: string;
  status: CommentStatus;
  authorId: string;
  authorName: string;
  /** The article's or forum thread's title, where the comment stands. */
  placeTitle: string | null;
};

export type QueueComment = {
  id: number;
  body: string;
  authorId: string;
  authorName: string;
  /** The article's or forum thread's title, where the comment stands. */
  placeTitle: string | null;
  createdAt: Date;
  removedAt: Date | null;
  removalReason: ModReason | null;
  removalNote: string | null;
  removedByName: string | null;
};

/** Cursor of the reports section: the last row's newest report time and comment id. */
export type QueueCursor = { latest: Date; commentId: number };

export function encodeQueueCursor(c: QueueCursor): string {
  return `${c.latest.getTime()}_${c.commentId}`;
}

export function decodeQueueCursor(raw: string | null | undefined): QueueCursor | undefined {
  const m = /^(\d{1,15})_(\d{1,10})$/.exec(raw ?? "");
  return m ? { latest: new Date(Number(m[1])), commentId: Number(m[2]) } : undefined;
}

export const QUEUE_SECTIONS = ["reports", "held", "removed"] as const;
export type QueueSection = (typeof QUEUE_SECTIONS)[number];

/** One page of each section, or (a cursor given) the next page of one section. */
export type QueueView = { section?: QueueSection; cursor?: QueueCursor };

type Paged<T> = { items: T[]; next: string | null };

function paged<T>(rows: T[], key: (t: T) => QueueCursor): Paged<T> {
  const items = rows.slice(0, QUEUE_PAGE);
  const last = items.at(-1);
  return { items, next: rows.length > QUEUE_PAGE && last ? encodeQueueCursor(key(last)) : null };
}

const none = <T>(): Paged<T> => ({ items: [], next: null });

/**
 * The moderation queue, at most three statements: open reports grouped per comment (newest
 * report first), posts held for review (newest first) and recent removals, each a page by
 * cursor; a cursor pages one section alone.
 */
export async function listQueue(viewer: Actor, view: QueueView = {}) {
  const wants = (s: QueueSection) => !view.cursor || view.section === s;
  const at = (s: QueueSection) => (view.section === s ? view.cursor : undefined);
  const [reported, held, removed] = await Promise.all([
    wants("reports") ? reportedComments(viewer, at("reports")) : none<ReportedComment>(),
    wants("held") ? commentsWith(viewer, "PENDING_REVIEW", at("held")) : none<QueueComment>(),
    wants("removed") ? commentsWith(viewer, "REMOVED_BY_MODERATOR", at("removed")) : none<QueueComment>(),
  ]);
  return { reported, held, removed };
}

/** The place's title, unless it is an article the viewer may not read (article-name.ts). */
function named<T extends { placeTitle: string | null } & ArticleAccess>(viewer: Actor, rows: T[]) {
  return rows.map(({ articleStatus, articleAuthorId, ...row }) =>
    mayNameArticle(viewer, { articleStatus, articleAuthorId }) ? row : { ...row, placeTitle: UNPUBLISHED_ARTICLE },
  );
}

async function reportedComments(viewer: Actor, cursor: QueueCursor | undefined): Promise<Paged<ReportedComment>> {
  const rows = await readRows<ReportedComment & ArticleAccess>`
      SELECT r."commentId", count(*)::int AS "reportCount", max(r."createdAt") AS latest,
             array_agg(DISTINCT r.reason::text) AS reasons,
             to_json((array_agg(json_build_object('reporter', u."displayName", 'reason', r.reason, 'detail', r.detail,
                                                  'snapshot', r.snapshot, 'at', r."createdAt") ORDER BY r.id DESC))[1:${REPORTS_SHOWN}]) AS reports,
             c.body AS "currentText", c.status::text AS status, c."authorId", a."displayName" AS "authorName",
             coalesce(art.title, th.title) AS "placeTitle",
             art.status::text AS "articleStatus", art."authorId" AS "articleAuthorId"
      FROM "Report" r
      JOIN "User" u ON u.id = r."reporterId"
      JOIN "Comment" c ON c.id = r."commentId"
      JOIN "User" a ON a.id = c."authorId"
      LEFT JOIN "Article" art ON art."discussionId" = c."discussionId"
      LEFT JOIN "Thread" th ON th."discussionId" = c."discussionId"
      WHERE r.status = 'OPEN'
      GROUP BY r."commentId", c.id, a.id, art.title, art.status, art."authorId", th.title
      HAVING ${cursor === undefined}
          OR (max(r."createdAt"), r."commentId")
             < ((${cursor?.latest.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC'), ${cursor?.commentId ?? 0})
      ORDER BY latest DESC, r."commentId" DESC
      LIMIT ${QUEUE_PAGE + 1}`;
  return paged(named(viewer, rows), (r) => ({ latest: r.latest, commentId: r.commentId }));
}

/** Held posts by when they were written, removals by when they were removed; newest first. */
async function commentsWith(
  viewer: Actor,
  status: "PENDING_REVIEW" | "REMOVED_BY_MODERATOR",
  cursor: QueueCursor | undefined,
): Promise<Paged<QueueComment>> {
  const rows = await readRows<QueueComment & ArticleAccess & { sortAt: Date }>`
    SELECT c.id, c.body, c."authorId", a."displayName" AS "authorName", coalesce(art.title, th.title) AS "placeTitle", c."createdAt",
           art.status::text AS "articleStatus", art."authorId" AS "articleAuthorId",
           c."removedAt", c."removalReason"::text AS "removalReason", c."removalNote", rb."displayName" AS "removedByName",
           COALESCE(c."removedAt", c."createdAt") AS "sortAt"
    FROM "Comment" c
    JOIN "User" a ON a.id = c."authorId"
    LEFT JOIN "User" rb ON rb.id = c."removedById"
    LEFT JOIN "Article" art ON art."discussionId" = c."discussionId"
    LEFT JOIN "Thread" th ON th."discussionId" = c."discussionId"
    WHERE c.status = ${status}::"CommentStatus"
      AND (${cursor === undefined}
           OR (COALESCE(c."removedAt", c."createdAt"), c.id)
              < ((${cursor?.latest.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC'), ${cursor?.commentId ?? 0}))
    ORDER BY COALESCE(c."removedAt", c."createdAt") DESC, c.id DESC
    LIMIT ${QUEUE_PAGE + 1}`;
  return paged(named(viewer, rows), (r) => ({ latest: r.sortAt, commentId: r.id }));
}

/**
 * The header's "Moderation (N)" for staff, nothing for anyone else; a failed count leaves the
 * link without its number rather than failing the page.
 */
export async function openItemsFor(user: Actor | undefined): Promise<number | undefined> {
  if (!isStaff(user ?? null)) return undefined;
  return countOpenItems().catch(() => undefined);
}

/** The number beside "Moderation" in the header: comments with open reports, and held posts. */
export async function countOpenItems(): Promise<number> {
  const [row] = await readRows<{ n: number }>`
    SELECT ((SELECT count(DISTINCT "commentId") FROM "Report" WHERE status = 'OPEN')
          + (SELECT count(*) FROM "Comment" WHERE status = 'PENDING_REVIEW'))::int AS n`;
  return row?.n ?? 0;
}
