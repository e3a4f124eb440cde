import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildTree } from "./build-tree";
import { DISPLAY_DEPTH, MAX_COMMENTS_PER_PAGE, REPLIES_PER_PARENT, ROOTS_PER_PAGE } from "./limits";
import type { CommentNode, CommentRow } from "./types";

export type PageCursor = { after?: number; before?: number };

export type CommentPage = {
  comments: CommentNode[];
  /** Cursor for the page before this one (`before=`), if there is one. */
  prevBefore: number | null;
  /** Cursor for the page after this one (`after=`), if there is one. */
  nextAfter: number | null;
};

/**
 * One page of a discussion: a page of roots (top-level comments, or the replies of
 * `parentId`) by id cursor, each with its first replies down to DISPLAY_DEPTH levels,
 * a bounded number per parent, at most MAX_COMMENTS_PER_PAGE in all. One SQL query.
 */
export async function listCommentPage(input: {
  discussionId: number;
  parentId: number | null;
  cursor?: PageCursor;
}): Promise<CommentPage> {
  const { discussionId, parentId, cursor = {} } = input;
  const backwards = cursor.before !== undefined && cursor.after === undefined;
  const parentCond = parentId === null ? Prisma.sql`"parentId" IS NULL` : Prisma.sql`"parentId" = ${parentId}`;
  const cursorCond =
    cursor.after !== undefined
      ? Prisma.sql`AND id > ${cursor.after}`
      : backwards
        ? Prisma.sql`AND id < ${cursor.before}`
        : Prisma.empty;
  const direction = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const limits = [...REPLIES_PER_PARENT];

  const rows = await db.$queryRaw<(CommentRow & { rootsFound: number; isRoot: boolean })[]>`
    WITH RECURSIVE roots AS (
      SELECT id FROM "Comment"
      WHERE "discussionId" = ${discussionId} AND ${parentCond} ${cursorCond}
      ORDER BY id ${direction}
      LIMIT ${ROOTS_PER_PAGE + 1}
    ), page AS (
      SELECT id FROM roots ORDER BY id ${direction} LIMIT ${ROOTS_PER_PAGE}
    ), tree AS (
      SELECT c.id, c.path, 0 AS rel FROM "Comment" c WHERE c.id IN (SELECT id FROM page)
      UNION ALL
      SELECT r.id, r.path, t.rel + 1
      FROM tree t CROSS JOIN LATERAL (
        SELECT ch.id, ch.path FROM "Comment" ch
        WHERE ch."parentId" = t.id
        ORDER BY ch.id
        LIMIT (${limits}::int[])[t.rel + 1]
      ) r
      WHERE t.rel < ${DISPLAY_DEPTH - 1}
    ), capped AS (
      SELECT id, path, rel FROM tree ORDER BY rel, path LIMIT ${MAX_COMMENTS_PER_PAGE}
    )
    SELECT c.id, c."parentId", c.depth, c."authorId", u."displayName" AS "authorName",
           c."bodyHtml", c.status::text AS status, c."replyCount", c."descendantCount",
           c."createdAt", c."editedAt", (capped.rel = 0) AS "isRoot",
           (SELECT count(*) FROM roots)::int AS "rootsFound"
    FROM capped
    JOIN "Comment" c ON c.id = capped.id
    JOIN "User" u ON u.id = c."authorId"
    ORDER BY capped.path`;

  const rootIds = rows.filter((r) => r.isRoot).map((r) => r.id);
  const more = (rows[0]?.rootsFound ?? 0) > ROOTS_PER_PAGE;
  const first = rootIds[0];
  const last = rootIds[rootIds.length - 1];
  const comments = buildTree(
    rows.map(({ rootsFound: _r, isRoot: _i, ...row }) => row),
    rootIds,
  );
  return {
    comments,
    prevBefore: first !== undefined && (backwards ? more : cursor.after !== undefined) ? first : null,
    nextAfter: last !== undefined && (backwards || more) ? last : null,
  };
}
