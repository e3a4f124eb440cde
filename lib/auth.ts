import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import {
  absoluteExpiry,
  endAllSessions,
  endSession,
  SESSION_IDLE_TIMEOUT_S,
  SESSION_UPDATE_AGE_S,
} from "@/lib/accounts/sessions";
import { db, readRows } from "@/lib/db";

/** Secure cookies (and the __Secure- prefix) whenever the site is served over https. */
export const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

type SessionUser = AdapterUser & { role: string };

function toAdapterUser(u: { id: string; email: string; displayName: string; role: string }): SessionUser {
  return { id: u.id, email: u.email, name: u.displayName, emailVerified: null, role: u.role };
}

// Only the session half of an adapter: accounts are created by our own sign-up action, and
// the Credentials provider is not used because it refuses database sessions.
export const sessionAdapter = {
  async getSessionAndUser(sessionToken: string) {
    // One query per request for the session and its user (a nested include would be two).
    const [row] = await readRows<{
      sessionToken: string;
      userId: string;
      expires: Date;
      createdAt: Date;
      email: string;
      displayName: string;
      role: string;
      suspendedUntil: Date | null;
    }>`SELECT s."sessionToken", s."userId", s.expires, s."createdAt", u.email, u."displayName", u.role::text AS role,
             u."suspendedUntil"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s."sessionToken" = ${sessionToken}`;
    if (!row) return null;
    const now = new Date();
    // A suspension ends every sign-in for good: lifting it must not bring old cookies back.
    if (row.suspendedUntil && row.suspendedUntil > now) {
      await endAllSessions(row.userId);
      return null;
    }
    // Idle too long, or signed in too long ago however active: the row goes, not just the answer.
    if (row.expires <= now || absoluteExpiry(row.createdAt) <= now) {
      await endSession(sessionToken);
      return null;
    }
    return {
      session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
      user: toAdapterUser({ id: row.userId, email: row.email, displayName: row.displayName, role: row.role }),
    };
  },
  async updateSession({ sessionToken, expires }: { sessionToken: string; expires?: Date }) {
    const row = await db.session.updateMany({ where: { sessionToken }, data: { expires } });
    return row.count ? undefined : null;
  },
  async deleteSession(sessionToken: string) {
    await endSession(sessionToken);
  },
} satisfies Adapter;

export const authOptions: NextAuthOptions = {
  adapter: sessionAdapter,
  providers: [],
  // maxAge slides (the idle timeout); the absolute lifetime is enforced by getSessionAndUser.
  session: { strategy: "database", maxAge: SESSION_IDLE_TIMEOUT_S, updateAge: SESSION_UPDATE_AGE_S },
  useSecureCookies,
  pages: { signIn: "/signin" },
  callbacks: {
    session({ session, user }) {
      const u = user as SessionUser;
      return { ...session, user: { id: u.id, name: u.name, email: u.email, role: u.role } };
    },
  },
};
