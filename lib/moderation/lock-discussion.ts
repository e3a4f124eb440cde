import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { logAction } from "./log-action";

/**
 * Locks (no new comments or replies; what is there stays readable) or unlocks a discussion,
 * with the log's row in the same transaction.
 */
export async function setDiscussionLock(
  actor: Actor,
  input: { discussionId: number; locked: boolean; reason?: string },
) {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const [d] = await tx.$queryRaw<{ id: number; lockedAt: Date | null }[]>`
        SELECT id, "lockedAt" FROM "Discussion" WHERE id = ${input.discussionId} FOR UPDATE`;
      if (!d) throw new NotFoundError("Discussion");
      authorize(actor, input.locked ? "discussion:lock" : "discussion:unlock", d);
      const lockedAt = input.locked ? new Date() : null;
      await tx.discussion.update({ where: { id: d.id }, data: { lockedAt } });
      await logAction(tx, {
        actorId: actor!.id,
        action: input.locked ? "LOCK" : "UNLOCK",
        discussionId: d.id,
        reason: input.reason ?? null,
        before: { lockedAt: d.lockedAt?.toISOString() ?? null },
        after: { lockedAt: lockedAt?.toISOString() ?? null },
      });
      return { discussionId: d.id };
    }),
  );
}
