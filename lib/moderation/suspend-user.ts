import "server-only";
import { endAllSessions } from "@/lib/accounts/sessions";
import { NotFoundError } from "@/lib/comments/errors";
import { db, type Tx } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import type { Role } from "@/lib/generated/prisma/enums";
import { authorize, type Actor, type UserSubject } from "@/lib/policy";
import { BAN_UNTIL } from "@/lib/validation/moderation-users";
import { logAction } from "./log-action";

export type LockedUser = UserSubject & { suspensionReason: string | null };

/**
 * The user's row, locked for this transaction (FOR NO KEY UPDATE: the log rows written in the
 * same transaction still reference it), or NotFoundError. Every check is made on this row.
 */
export async function lockUser(tx: Tx, userId: string): Promise<LockedUser> {
  const [row] = await tx.$queryRaw<LockedUser[]>`
    SELECT id, role::text AS role, "suspendedUntil", "suspensionReason"
    FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (!row) throw new NotFoundError("User");
  return { ...row, role: row.role as Role };
}

export type SuspendRequest = {
  userId: string;
  /** When it ends; a ban is `BAN_UNTIL`. */
  until: Date;
  reason: string;
  ban: boolean;
};

/**
 * Suspends (or bans) a user: their row, every session of theirs and the log's row change in
 * one transaction, so they are signed out everywhere on their next request, and nothing
 * changes unlogged. The policy is checked against the row as it is now, locked.
 */
export async function suspendUser(actor: Actor, input: SuspendRequest) {
  const until = input.ban ? BAN_UNTIL : input.until;
  // Readers and guests are refused before anything is read: whether a user exists is staff's to know.
  authorize(actor, "mod:view", undefined);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const target = await lockUser(tx, input.userId);
      authorize(actor, "user:suspend", target);
      await tx.user.update({
        where: { id: target.id },
        data: { suspendedUntil: until, suspensionReason: input.reason },
      });
      const sessionsEnded = await endAllSessions(target.id, tx);
      await logAction(tx, {
        actorId: actor!.id,
        action: input.ban ? "BAN" : "SUSPEND",
        targetUserId: target.id,
        reason: input.reason,
        expiresAt: until,
        before: { suspendedUntil: target.suspendedUntil?.toISOString() ?? null },
        after: { suspendedUntil: until.toISOString() },
      });
      return { userId: target.id, until, sessionsEnded };
    }),
  );
}
