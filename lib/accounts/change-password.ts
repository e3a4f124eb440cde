import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/policy";
import type { PasswordChangeInput } from "@/lib/validation/account";
import { hashPassword, verifyPassword } from "./password";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./password-policy";
import { endOtherSessions } from "./sessions";

/** Why a password change was refused, field by field (shown beside the field). */
export class PasswordChangeError extends Error {
  constructor(
    readonly field: "currentPassword" | "newPassword",
    message: string,
  ) {
    super(message);
  }
}

/**
 * A new password, given the current one. Every other session of the user ends in the same
 * transaction (whoever else holds a session may be who made the change necessary); the one
 * this request came with (`keepToken`) stays. Returns how many sessions ended.
 */
export async function changePassword(
  actor: Actor,
  userId: string,
  keepToken: string,
  { currentPassword, newPassword }: PasswordChangeInput,
): Promise<number> {
  authorize(actor, "account:update", { id: userId });
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new PasswordChangeError("currentPassword", "That is not your current password.");
  }
  if (newPassword === currentPassword) {
    throw new PasswordChangeError("newPassword", "The new password is the same as the current one.");
  }
  if (isCommonPassword(newPassword)) throw new PasswordChangeError("newPassword", COMMON_PASSWORD_MESSAGE);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    return endOtherSessions(userId, keepToken, tx);
  });
}
