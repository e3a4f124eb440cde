import "server-only";
import crypto from "node:crypto";
import { db, type Tx } from "@/lib/db";

/** A session ends after this long without a request (next-auth's sliding `maxAge`). */
export const SESSION_IDLE_TIMEOUT_S = 7 * 24 * 60 * 60;
/** How often an active session's idle deadline is pushed forward (one write a day at most). */
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;
/** A session ends this long after sign-in however active it is: a stolen cookie does not last. */
export const SESSION_ABSOLUTE_LIFETIME_S = 30 * 24 * 60 * 60;

export function absoluteExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME_S * 1000);
}

/**
 * A new database session: the token is 32 random bytes, hex, and is the only copy the client
 * gets. `expires` is the idle deadline, moved forward as the session is used; `endsBy`, the
 * absolute one, is when the cookie should go: the browser keeps it while the server decides.
 */
export async function createSession(userId: string) {
  const sessionToken = crypto.randomBytes(32).toString("hex");
  const createdAt = new Date();
  const expires = new Date(createdAt.getTime() + SESSION_IDLE_TIMEOUT_S * 1000);
  await db.session.create({ data: { sessionToken, userId, expires, createdAt } });
  return { sessionToken, expires, endsBy: absoluteExpiry(createdAt) };
}

export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** Signs a user out everywhere (suspension, and whatever else must end every sign-in). */
export async function endAllSessions(userId: string, tx: Tx | typeof db = db): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}

/** Signs a user out everywhere but here (the session `keepToken`): a changed password, or "sign out other sessions". */
export async function endOtherSessions(userId: string, keepToken: string, tx: Tx | typeof db = db): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId, sessionToken: { not: keepToken } } });
  return count;
}

export async function countOtherSessions(userId: string, keepToken: string): Promise<number> {
  return db.session.count({ where: { userId, sessionToken: { not: keepToken }, expires: { gt: new Date() } } });
}
