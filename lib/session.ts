import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { authOptions, SESSION_COOKIE } from "@/lib/auth";
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
  const adapter = authOptions.adapter!;
  let found: Awaited<ReturnType<NonNullable<typeof adapter.getSessionAndUser>>>;
  try {
    found = await adapter.getSessionAndUser!(token);
  } catch (e) {
    throw asServiceError(e);
  }
  if (!found || found.session.expires.getTime() <= Date.now()) return null;
  await slide(token, found.session.expires);
  const u = found.user as typeof found.user & { role: Role };
  // getSessionAndUser already refused suspended users.
  return { id: u.id, name: u.name ?? "", email: u.email, role: u.role, suspendedUntil: null };
});

/** Moves the session's expiry on, at most once per updateAge, as next-auth would. */
async function slide(sessionToken: string, expires: Date) {
  const maxAgeMs = (authOptions.session?.maxAge ?? 0) * 1000;
  const updateAgeMs = (authOptions.session?.updateAge ?? 0) * 1000;
  if (expires.getTime() - maxAgeMs + updateAgeMs > Date.now()) return;
  // Best effort: failing to extend a session must not fail the page.
  try {
    await authOptions.adapter!.updateSession?.({ sessionToken, expires: new Date(Date.now() + maxAgeMs) });
  } catch {
    // The next request tries again.
  }
}
