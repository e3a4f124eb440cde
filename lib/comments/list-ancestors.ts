import "server-only";
import { readRows } from "@/lib/db";
import type { CommentRow } from "./types";

/** Ancestors shown above a permalinked comment; older ones are one link away. */
export const MAX_ANCESTORS_SHOWN = 8;

/** The nearest ancestors of a comment (root side first), from its path: one query. */
export async function listAncestors(path: number[]): Promise<{ rows: CommentRow[]; omitted: number }> {
  const ancestorIds = path.slice(0, -1);
  const shownIds = ancestorIds.slice(-MAX_ANCESTORS_SHOWN);
  if (shownIds.length === 0) return { rows: [], omitted: 0 };
  const rows = await readRows<CommentRow>`
    SELECT c.id, c."parentId", c.depth, c."authorId", c."bodyHtml", c.status::text AS status, c.score,
           c."replyCount", c."descendantCount", c."createdAt", c."editedAt", u."displayName" AS "authorName", u.role::text AS "authorRole",
           false AS "votedByMe", c."removalReason"::text AS "removalReason", c."removalNote", rb."displayName" AS "removedByName"
    FROM "Comment" c JOIN "User" u ON u.id = c."authorId"
    LEFT JOIN "User" rb ON rb.id = c."removedById"
    WHERE c.id = ANY(${shownIds}::int[])
    ORDER BY c.depth`;
  return { rows, omitted: ancestorIds.length - shownIds.length };
}
