import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { SESSION_IDLE_TIMEOUT_S, SESSION_UPDATE_AGE_S } from "@/lib/accounts/sessions";
import { SESSION_COOKIE, sessionAdapter } from "@/lib/auth";
import { asServiceError } from "@/lib/db-failures";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy";

export type CurrentUser = NonNullable<Actor> & { name: string; email: string };

/**
 * The signed-in user for this request (read once per request), or null.
 *
 * Reads the session through the adapter itself rather than next-auth's getServerSession,
 * which logs a failed lookup and answers "nobody": with the database down, a signed-in
 * reader would be shown as signed out and told to log in. Here a failed lookup is an error
 * (ServiceUnavailableError) that pages and forms report as such.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  let found: Awaited<ReturnType<typeof sessionAdapter.getSessionAndUser>>;
  try {
    found = await sessionAdapter.getSessionAndUser(token);
  } catch (e) {
    throw asServiceError(e);
  }
  // The adapter has already refused (and deleted) expired sessions and suspended users.
  if (!found) return null;
  await slide(token, found.session.expires);
  const u = found.user;
  return { id: u.id, name: u.name ?? "", email: u.email, role: u.role as Role, suspendedUntil: null };
});

/** Moves the idle deadline on, at most once per SESSION_UPDATE_AGE_S, as next-auth would. */
async function slide(sessionToken: string, expires: Date) {
  const idleMs = SESSION_IDLE_TIMEOUT_S * 1000;
  if (expires.getTime() - idleMs + SESSION_UPDATE_AGE_S * 1000 > Date.now()) return;
  try {
    await sessionAdapter.updateSession({ sessionToken, expires: new Date(Date.now() + idleMs) });
  } catch {
    // Best effort: the next request tries again; failing to extend must not fail the page.
  }
}
