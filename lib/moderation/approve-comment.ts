import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { closeReports, countChange, lockComment } from "./comment-status";
import { logAction } from "./log-action";

/** A post held for review goes up for everyone: visible, counted, its reports closed, logged. */
export async function approveComment(actor: Actor, commentId: number): Promise<{ discussionId: number }> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const c = await lockComment(tx, commentId);
      authorize(actor, "comment:approve", c);
      await tx.comment.update({ where: { id: c.id }, data: { status: "VISIBLE" } });
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
