import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { countChange, lockComment } from "./comment-status";
import { logAction } from "./log-action";

/** Undoes a removal: the comment is visible again and counted; the log keeps both rows. */
export async function restoreComment(actor: Actor, commentId: number): Promise<{ discussionId: number }> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const c = await lockComment(tx, commentId);
      authorize(actor, "comment:restore", c);
      const before = await tx.comment.findUniqueOrThrow({
        where: { id: c.id },
        select: { removalReason: true, removalNote: true, removedById: true },
      });
      await tx.comment.update({
        where: { id: c.id },
        data: { status: "VISIBLE", removedAt: null, removedById: null, removalReason: null, removalNote: null },
      });
      await countChange(tx, c.discussionId, 1);
      await logAction(tx, {
        actorId: actor!.id,
        action: "RESTORE",
        targetUserId: c.authorId,
        targetCommentId: c.id,
        discussionId: c.discussionId,
        before: { status: c.status, ...before },
        after: { status: "VISIBLE" },
      });
      return { discussionId: c.discussionId };
    }),
  );
}
