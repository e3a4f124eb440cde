import "server-only";
import { db } from "@/lib/db";
import type { CommentRow } from "./types";

/** Ancestors shown above a permalinked comment; older ones are one link away. */
export const MAX_ANCESTORS_SHOWN = 8;

/** The nearest ancestors of a comment (root side first), from its path: one query. */
export async function listAncestors(path: number[]): Promise<{ rows: CommentRow[]; omitted: number }> {
  const ancestorIds = path.slice(0, -1);
  const shownIds = ancestorIds.slice(-MAX_ANCESTORS_SHOWN);
  const rows = await db.comment.findMany({
    where: { id: { in: shownIds } },
    orderBy: { depth: "asc" },
    select: {
      id: true,
      parentId: true,
      depth: true,
      authorId: true,
      bodyHtml: true,
      status: true,
      score: true,
      replyCount: true,
      descendantCount: true,
      createdAt: true,
      editedAt: true,
      author: { select: { displayName: true } },
    },
  });
  return {
    rows: rows.map(({ author, ...r }) => ({ ...r, authorName: author.displayName, votedByMe: false })),
    omitted: ancestorIds.length - shownIds.length,
  };
}
