import "server-only";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/comments/errors";
import type { Tx } from "@/lib/db";

export type LockedComment = {
  id: number;
  discussionId: number;
  authorId: string;
  status: CommentStatus;
  createdAt: Date;
  body: string;
};

/**
 * The comment a moderator acts on, locked for the rest of the transaction (FOR UPDATE: the
 * order every comment write uses is comment before discussion, so this never deadlocks with
 * a reply, a vote or a delete).
 */
export async function lockComment(tx: Tx, id: number): Promise<LockedComment> {
  const [c] = await tx.$queryRaw<LockedComment[]>`
    SELECT id, "discussionId", "authorId", status::text AS status, "createdAt", body
    FROM "Comment" WHERE id = ${id} FOR UPDATE`;
  if (!c) throw new NotFoundError("Comment");
  return c;
}

/** N Comments counts visible comments: a comment that becomes (in)visible moves it by one. */
export async function countChange(tx: Tx, discussionId: number, by: 1 | -1) {
  await tx.discussion.update({ where: { id: discussionId }, data: { commentCount: { increment: by } } });
}

/** Closes every open report on a comment (its removal or approval answers them all). */
export async function closeReports(
  tx: Tx,
  commentId: number,
  resolverId: string,
  status: "RESOLVED" | "REJECTED",
  note?: string,
) {
  const { count } = await tx.report.updateMany({
    where: { commentId, status: "OPEN" },
    data: { status, resolverId, resolvedAt: new Date(), note: note ?? null },
  });
  return count;
}

/**
 * Locks a comment's ancestors (FOR NO KEY UPDATE, ascending id: root first), to be called
 * before locking the comment itself, the order every comment write takes
 * (lib/comments/delete-comment.ts). A path never changes, so reading it unlocked is safe.
 */
export async function lockAncestors(tx: Tx, commentId: number): Promise<void> {
  await tx.$queryRaw`
    SELECT a.id FROM "Comment" c JOIN "Comment" a ON a.id = ANY(c.path[1:cardinality(c.path) - 1])
    WHERE c.id = ${commentId}
    ORDER BY a.id FOR NO KEY UPDATE OF a`;
}

/**
 * A comment takes its place in the tree: its parent's reply count and every ancestor's
 * descendant count go up by one (the ancestors locked by `lockAncestors` first).
 */
export async function countInTree(tx: Tx, commentId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Comment" a
    SET "descendantCount" = a."descendantCount" + 1,
        "replyCount" = a."replyCount" + CASE WHEN a.id = c."parentId" THEN 1 ELSE 0 END
    FROM "Comment" c
    WHERE c.id = ${commentId} AND a.id = ANY(c.path[1:cardinality(c.path) - 1])`;
}
