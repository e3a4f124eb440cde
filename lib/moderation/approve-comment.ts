import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { closeReports, countChange, countInTree, lockAncestors, lockComment } from "./comment-status";
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
