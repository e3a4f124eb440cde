import "server-only";
import { db, type Tx } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { closeReports, countChange, lockComment } from "./comment-status";
import { logAction } from "./log-action";

/**
 * A post held for review goes up for everyone: visible, counted, its reports closed, logged.
 * A held post moved no counter when it was written (lib/comments/create-comment.ts), so
 * approving it moves them all as posting it would have: the discussion's count, its parent's
 * replies and every ancestor's descendants.
 */
export async function approveComment(actor: Actor, commentId: number): Promise<{ discussionId: number }> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      await lockAncestors(tx, commentId);
      const c = await lockComment(tx, commentId);
      authorize(actor, "comment:approve", c);
      await tx.comment.update({ where: { id: c.id }, data: { status: "VISIBLE" } });
      await countInTree(tx, c.id);
      await countChange(tx, c.discussionId, 1);
      await closeReports(tx, c.id, actor!.id, "RESOLVED");
      await logAction(tx, {
        actorId: actor!.id,
        action: "APPROVE",
        targetUserId: c.authorId,
        targetCommentId: c.id,
        discussionId: c.discussionId,
        before: { status: c.status },
        after: { status: "VISIBLE" },
      });
      return { discussionId: c.discussionId };
    }),
  );
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
