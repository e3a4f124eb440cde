import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_MAX_AGE_S } from "@/lib/auth";

/** A new database session: the token is 32 random bytes, hex, and is the only copy the client gets. */
export async function createSession(userId: string) {
  const sessionToken = crypto.randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}

export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}
