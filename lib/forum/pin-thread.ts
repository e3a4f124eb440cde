import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { logAction } from "@/lib/moderation/log-action";
import { authorize, type Actor } from "@/lib/policy";

/**
 * Pins a thread above its category's list (until `until`, or until unpinned), or unpins it,
 * with the moderation log's row in the same transaction.
 */
export async function setThreadPin(actor: Actor, input: { threadId: number; pinned: boolean; until?: Date }) {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const [t] = await tx.$queryRaw<{ id: number; discussionId: number; pinned: boolean; pinnedUntil: Date | null }[]>`
        SELECT id, "discussionId", (pinned AND ("pinnedUntil" IS NULL OR "pinnedUntil" > now() AT TIME ZONE 'UTC')) AS pinned,
               "pinnedUntil"
        FROM "Thread" WHERE id = ${input.threadId} FOR UPDATE`;
      if (!t) throw new NotFoundError("Thread");
      authorize(actor, input.pinned ? "thread:pin" : "thread:unpin", t);
      const pinnedUntil = input.pinned ? (input.until ?? null) : null;
      await tx.thread.update({ where: { id: t.id }, data: { pinned: input.pinned, pinnedUntil } });
      await logAction(tx, {
        actorId: actor!.id,
        action: input.pinned ? "PIN" : "UNPIN",
        discussionId: t.discussionId,
        before: { pinned: t.pinned, pinnedUntil: t.pinned ? (t.pinnedUntil?.toISOString() ?? null) : null },
        after: { pinned: input.pinned, pinnedUntil: pinnedUntil?.toISOString() ?? null },
        expiresAt: pinnedUntil,
      });
      return { threadId: t.id, discussionId: t.discussionId };
    }),
  );
}
