import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { closeReports } from "./comment-status";
import { logAction } from "./log-action";

/** "Reject the reports": the comment stays; its open reports close with the moderator's note. */
export async function rejectReports(actor: Actor, input: { commentId: number; note?: string }) {
  authorize(actor, "reports:reject", undefined);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const c = await tx.comment.findUnique({
        where: { id: input.commentId },
        select: { id: true, authorId: true, discussionId: true },
      });
      if (!c) throw new NotFoundError("Comment");
      const closed = await closeReports(tx, c.id, actor!.id, "REJECTED", input.note);
      if (closed === 0) throw new NotFoundError("Open report");
      await logAction(tx, {
        actorId: actor!.id,
        action: "REJECT_REPORTS",
        targetUserId: c.authorId,
        targetCommentId: c.id,
        discussionId: c.discussionId,
        reason: input.note ?? null,
        after: { reportsRejected: closed },
      });
      return { closed };
    }),
  );
}
