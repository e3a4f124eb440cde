import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import type { Role } from "@/lib/generated/prisma/enums";
import { authorize, ForbiddenError, type Actor } from "@/lib/policy";
import { findUserAppearances } from "@/lib/accounts/find-user-appearances";
import { logAction } from "./log-action";
import { lockUser } from "./suspend-user";

/**
 * An admin changes a user's role; it applies from the user's next request (the session
 * lookup reads the role every time). Returns where the user's badge is shown, to expire.
 *
 * The admins' rows are locked first, in id order, and counted: two admins demoting each
 * other at once take turns, and the second sees one admin left and is refused. The target's
 * row is locked after them (it is one of them when it is an admin), always in that order.
 */
export async function changeRole(actor: Actor, input: { userId: string; to: Role }) {
  authorize(actor, "mod:view", undefined);
  const changed = await withRetry(() =>
    db.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "User" WHERE role = 'ADMIN' ORDER BY id FOR NO KEY UPDATE`;
      // The actor's own role as it is now, not as their session read it: a demoted admin is refused.
      if (!admins.some((a) => a.id === actor!.id)) throw new ForbiddenError("user:change-role");
      const target = await lockUser(tx, input.userId);
      authorize(actor, "user:change-role", { ...target, to: input.to, adminCount: admins.length });
      await tx.user.update({ where: { id: target.id }, data: { role: input.to } });
      await logAction(tx, {
        actorId: actor!.id,
        action: "ROLE_CHANGE",
        targetUserId: target.id,
        before: { role: target.role },
        after: { role: input.to },
      });
      return { userId: target.id, from: target.role, to: input.to };
    }),
  );
  // The badge beside their name: the cached pages that show it must go (the route expires them).
  return { ...changed, shown: await findUserAppearances(changed.userId) };
}
