import "server-only";
import type { ModReason } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { closeReports, countChange, countInTree, lockAncestors, lockComment } from "./comment-status";
import { logAction } from "./log-action";
import { reasonText } from "./reasons";

/**
 * A moderator removes a comment (visible or held for review) with a reason. Its place stays,
 * and so do its replies; readers see "[removed by a moderator]", its author the text and
 * the reason, staff the text with who removed it and why. In one transaction: the status,
 * the count, every open report on it closed, and the log's row.
 *
 * Counters: the discussion counts visible comments, so it drops only when the comment was
 * visible. The tree counters (replies, descendants) count every place in the tree, removed
 * ones included: a visible comment keeps its place; a held post, which had none (it moved no
 * counter when written), takes its place now, as "[removed by a moderator]", so that the
 * counts match what readers see and a later Restore (which counts it as visible again) leaves
 * every counter as if it had been posted visible.
 */
export async function removeComment(
  actor: Actor,
  input: { commentId: number; reason: ModReason; note?: string },
): Promise<{ discussionId: number; reportsClosed: number }> {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      await lockAncestors(tx, input.commentId);
      const c = await lockComment(tx, input.commentId);
      authorize(actor, "comment:remove", c);
      const moderator = actor!;
      await tx.comment.update({
        where: { id: c.id },
        data: {
          status: "REMOVED_BY_MODERATOR",
          removedAt: new Date(),
          removedById: moderator.id,
          removalReason: input.reason,
          removalNote: input.note ?? null,
        },
      });
      if (c.status === "VISIBLE") await countChange(tx, c.discussionId, -1);
      if (c.status === "PENDING_REVIEW") await countInTree(tx, c.id);
      const reportsClosed = await closeReports(tx, c.id, moderator.id, "RESOLVED");
      await logAction(tx, {
        actorId: moderator.id,
        action: "REMOVE",
        targetUserId: c.authorId,
        targetCommentId: c.id,
        discussionId: c.discussionId,
        reason: reasonText(input.reason, input.note),
        before: { status: c.status },
        after: { status: "REMOVED_BY_MODERATOR" },
      });
      return { discussionId: c.discussionId, reportsClosed };
    }),
  );
}
