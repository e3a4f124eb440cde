import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { logAction } from "./log-action";
import { lockUser } from "./suspend-user";

/**
 * Ends a suspension (or ban) early: both fields cleared and LIFT logged, in one transaction.
 * The user signs in again themselves: their old sessions ended with the suspension.
 */
export async function liftSuspension(actor: Actor, input: { userId: string; reason?: string }) {
  authorize(actor, "mod:view", undefined);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const target = await lockUser(tx, input.userId);
      authorize(actor, "user:lift", target);
      await tx.user.update({ where: { id: target.id }, data: { suspendedUntil: null, suspensionReason: null } });
      await logAction(tx, {
        actorId: actor!.id,
        action: "LIFT",
        targetUserId: target.id,
        reason: input.reason ?? null,
        before: { suspendedUntil: target.suspendedUntil?.toISOString() ?? null, reason: target.suspensionReason },
        after: { suspendedUntil: null },
      });
      return { userId: target.id };
    }),
  );
}
