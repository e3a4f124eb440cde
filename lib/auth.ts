import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const SESSION_UPDATE_AGE_S = 24 * 60 * 60;

/** Secure cookies (and the __Secure- prefix) whenever the site is served over https. */
export const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

type SessionUser = AdapterUser & { role: string };

function toAdapterUser(u: { id: string; email: string; displayName: string; role: string }): SessionUser {
  return { id: u.id, email: u.email, name: u.displayName, emailVerified: null, role: u.role };
}

// Only the session half of an adapter: accounts are created by our own sign-up action, and
// the Credentials provider is not used because it refuses database sessions.
const sessionAdapter: Adapter = {
  async getSessionAndUser(sessionToken) {
    // One query per request for the session and its user (a nested include would be two).
    const [row] = await db.$queryRaw<
      {
        sessionToken: string;
        userId: string;
        expires: Date;
        email: string;
        displayName: string;
        role: string;
        suspendedUntil: Date | null;
      }[]
    >`SELECT s."sessionToken", s."userId", s.expires, u.email, u."displayName", u.role::text AS role,
             u."suspendedUntil"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE s."sessionToken" = ${sessionToken}`;
    if (!row) return null;
    // A suspended account is signed out on its next request.
    if (row.suspendedUntil && row.suspendedUntil > new Date()) return null;
    return {
      session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
      user: toAdapterUser({ id: row.userId, email: row.email, displayName: row.displayName, role: row.role }),
    };
  },
  async updateSession({ sessionToken, expires }) {
    const row = await db.session.updateMany({ where: { sessionToken }, data: { expires } });
    return row.count ? undefined : null;
  },
  async deleteSession(sessionToken) {
    await db.session.deleteMany({ where: { sessionToken } });
  },
};

export const authOptions: NextAuthOptions = {
  adapter: sessionAdapter,
  providers: [],
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
  useSecureCookies,
  pages: { signIn: "/signin" },
  callbacks: {
    session({ session, user }) {
      const u = user as SessionUser;
      return { ...session, user: { id: u.id, name: u.name, email: u.email, role: u.role } };
    },
  },
};
