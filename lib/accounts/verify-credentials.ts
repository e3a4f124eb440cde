import "server-only";
import { db } from "@/lib/db";
import { isSuspended } from "@/lib/policy";
import type { SignInInput } from "@/lib/validation/auth";
import { dummyPasswordHash, verifyPassword } from "./password";

export type CredentialsResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "suspended" };

export async function verifyCredentials({ email, password }: SignInInput): Promise<CredentialsResult> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, suspendedUntil: true, passwordHash: true },
  });
  // Same work whether or not the email exists, and the same answer to the caller.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) return { ok: false, reason: "invalid" };
  if (isSuspended(user)) return { ok: false, reason: "suspended" };
  return { ok: true, userId: user.id };
}
