import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildTree } from "./build-tree";
import { DISPLAY_DEPTH, MAX_COMMENTS_PER_PAGE, REPLIES_PER_PARENT, ROOTS_PER_PAGE } from "./limits";
import { after, encodeCursor, orderBy, rootOrder, type Cursor, type Sort } from "./sort";
import type { CommentNode, CommentRow } from "./types";

export type CommentPage = {
  comments: CommentNode[];
  /** Cursor (URL form) of the next page of roots, if there is one. */
  next: string | null;
};

/**
 * One page of a discussion: a page of roots (top-level comments, or the replies of
 * `parentId`) after a cursor, each with its first replies down to DISPLAY_DEPTH levels,
 * a bounded number per parent, at most MAX_COMMENTS_PER_PAGE in all, every level in the
 * same sort. One SQL query; `ord` (sibling ranks from the root down) is the display order.
 */
export async function listCommentPage(input: {
  discussionId: number;
  parentId: number | null;
  sort: Sort;
  cursor?: Cursor;
  /** The signed-in reader, for "voted by me". */
  viewerId?: string | null;
}): Promise<CommentPage> {
  const { discussionId, parentId, sort, cursor, viewerId = null } = input;
  const parentCond = parentId === null ? Prisma.sql`c."parentId" IS NULL` : Prisma.sql`c."parentId" = ${parentId}`;
  // Levels are read one after another, and a level only while the levels above it hold fewer
  // than MAX_COMMENTS_PER_PAGE: the page takes comments level by level (`capped`), so in a busy
  // discussion the deeper levels would be read only to be dropped (4 of 5 rows at 100,000 comments).
  const levels: Prisma.Sql[] = [];
  for (let rel = 1; rel < DISPLAY_DEPTH; rel++) {
    const above = Prisma.join(
      Array.from({ length: rel }, (_, k) => Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(`l${k}`)})`),
      " + ",
    );
    levels.push(Prisma.sql`, ${Prisma.raw(`l${rel}`)} AS (
      SELECT r.id, t.ord || r.rank AS ord, ${Prisma.raw(String(rel))} AS rel
      FROM ${Prisma.raw(`l${rel - 1}`)} t CROSS JOIN LATERAL (
        SELECT ch.id, (row_number() OVER (ORDER BY ${orderBy(sort, "ch")}))::int AS rank
        FROM (
          SELECT ch.id, ch.score FROM "Comment" ch
          WHERE ch."parentId" = t.id
          ORDER BY ${orderBy(sort, "ch")}
          LIMIT ${REPLIES_PER_PARENT[rel - 1]!}
        ) ch
      ) r
      WHERE ${above} < ${MAX_COMMENTS_PER_PAGE}
    )`);
  }
  const all = Prisma.join(
    Array.from({ length: DISPLAY_DEPTH }, (_, k) => Prisma.sql`SELECT id, ord, rel FROM ${Prisma.raw(`l${k}`)}`),
    " UNION ALL ",
  );

  // Only what the order needs, so that the index in that order answers alone (index-only scan):
  // PostgreSQL otherwise prefers one that covers both columns and sorts every root it finds.
  const rootColumns = sort === "top" ? Prisma.sql`c.id, c.score` : Prisma.sql`c.id`;

  const rows = await readRows<CommentRow & { rootsFound: number; isRoot: boolean }>`
    WITH roots AS (
      SELECT ${rootColumns} FROM "Comment" c
      WHERE c."discussionId" = ${discussionId} AND ${parentCond} ${after(sort, "c", cursor)}
      ORDER BY ${rootOrder(sort, "c")}
      LIMIT ${ROOTS_PER_PAGE + 1}
    ), l0 AS (
      SELECT p.id, ARRAY[p.rank]::int[] AS ord, 0 AS rel
      FROM (
        SELECT c.id, (row_number() OVER (ORDER BY ${orderBy(sort, "c")}))::int AS rank FROM roots c
      ) p
      WHERE p.rank <= ${ROOTS_PER_PAGE}
    )${Prisma.join(levels, "")}, capped AS (
      SELECT id, ord, rel FROM (${all}) tree ORDER BY rel, ord LIMIT ${MAX_COMMENTS_PER_PAGE}
    )
    SELECT c.id, c."parentId", c.depth, c."authorId", u."displayName" AS "authorName", u.role::text AS "authorRole",
           c."bodyHtml", c.status::text AS status, c.score, c."replyCount", c."descendantCount",
           c."createdAt", c."editedAt", (capped.rel = 0) AS "isRoot",
           EXISTS (SELECT 1 FROM "CommentVote" v WHERE v."commentId" = c.id AND v."userId" = ${viewerId}) AS "votedByMe",
           (SELECT count(*) FROM roots)::int AS "rootsFound", c."removalReason"::text AS "removalReason", c."removalNote", rb."displayName" AS "removedByName"
    FROM capped
    JOIN "Comment" c ON c.id = capped.id
    JOIN "User" u ON u.id = c."authorId"
    LEFT JOIN "User" rb ON rb.id = c."removedById"
    ORDER BY capped.ord`;

  const rootRows = rows.filter((r) => r.isRoot);
  const last = rootRows[rootRows.length - 1];
  const more = (rows[0]?.rootsFound ?? 0) > ROOTS_PER_PAGE;
  const comments = buildTree(
    rows.map(({ rootsFound: _r, isRoot: _i, ...row }) => row),
    rootRows.map((r) => r.id),
  );
  return { comments, next: more && last ? encodeCursor(sort, last) : null };
}
