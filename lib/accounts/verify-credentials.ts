import "server-only";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { isSuspended } from "@/lib/policy";
import type { SignInInput } from "@/lib/validation/auth";
import { isBan } from "@/lib/validation/moderation-users";
import { dummyPasswordHash, verifyPassword } from "./password";

export type CredentialsResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" }
  /** Only ever answered to someone who gave the right password: it says why, and until when. */
  | { ok: false; reason: "suspended"; until: Date; why: string | null };

export async function verifyCredentials({ email, password }: SignInInput): Promise<CredentialsResult> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, suspendedUntil: true, suspensionReason: true, passwordHash: true },
  });
  // Same work whether or not the email exists, and the same answer to the caller.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) return { ok: false, reason: "invalid" };
  if (isSuspended(user)) {
    return { ok: false, reason: "suspended", until: user.suspendedUntil!, why: user.suspensionReason };
  }
  return { ok: true, userId: user.id };
}

/**
 * What the sign-in form says to a suspended user: "Your account is suspended until December 3,
 * 2026: {reason}" (the date in UTC), or "Your account is banned: {reason}".
 */
export function suspendedMessage({ until, why }: { until: Date; why: string | null }): string {
  const state = isBan(until) ? "Your account is banned" : `Your account is suspended until ${formatDate(until)}`;
  return why ? `${state}: ${why}` : `${state}.`;
}
