import "server-only";
import type { ModReason } from "@/lib/generated/prisma/enums";
import { ensureReadable } from "@/lib/comments/discussion-access";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { sqlState } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";

export class AlreadyReportedError extends Error {
  constructor() {
    super("You have already reported this comment.");
  }
}

/**
 * A reader flags a comment, once, keeping its text as it is now (the author may edit it
 * later; the moderator judges what was reported). Own and removed comments are refused by
 * the policy.
 */
export async function reportComment(
  actor: Actor,
  input: { commentId: number; reason: ModReason; detail?: string },
): Promise<{ reportId: number; discussionId: number }> {
  const c = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { id: true, authorId: true, status: true, createdAt: true, body: true, discussionId: true },
  });
  if (!c) throw new NotFoundError("Comment");
  await ensureReadable(actor, db, c.discussionId);
  authorize(actor, "comment:report", c);
  try {
    const r = await db.report.create({
      data: {
        commentId: c.id,
        reporterId: actor!.id,
        reason: input.reason,
        detail: input.detail ?? null,
        snapshot: c.body,
      },
      select: { id: true },
    });
    return { reportId: r.id, discussionId: c.discussionId };
  } catch (e) {
    if (sqlState(e) === "23505") throw new AlreadyReportedError();
    throw e;
  }
}
