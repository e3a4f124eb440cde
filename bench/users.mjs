// Signed-in bench users, written straight into the bench database: a User row and a
// next-auth database Session row each (prisma/schema.prisma), as lib/accounts/sessions.ts
// createSession would write them after a sign-in, so no password hashing or sign-in form is
// involved. The cookie the app reads is `next-auth.session-token=<token>` on http.
import crypto from "node:crypto";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * The session's idle deadline (`expires`), as createSession sets it: lib/accounts/sessions.ts
 * SESSION_IDLE_TIMEOUT_S, 7 days. The app pushes it forward (one UPDATE) only once it is
 * closer than idle timeout − SESSION_UPDATE_AGE_S (6 days) away, i.e. a day after sign-in, so
 * a fresh session is never slid during a run; `sessionsUnchanged` checks that afterwards.
 */
const SESSION_IDLE_S = 7 * 24 * 60 * 60;

/**
 * Users with ids `bench_<role>_<i>`, display names "Bench <Role> <i>", and one session each.
 * They author none of the generated comments (bench_user_*), so they may vote on any.
 * Returns { [role]: [{ id, name, token, cookie }] }.
 */
export async function createBenchUsers(client, counts) {
  const users = [];
  const out = {};
  for (const [role, n] of Object.entries(counts)) {
    out[role] = [];
    for (let i = 0; i < n; i++) {
      const id = `bench_${role}_${i}`;
      const name = `Bench ${role[0].toUpperCase()}${role.slice(1)} ${i}`;
      const token = crypto.randomBytes(32).toString("hex");
      const user = { id, name, token, cookie: `${SESSION_COOKIE}=${token}` };
      out[role].push(user);
      users.push(user);
    }
  }
  await client.query(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash")
     SELECT id, id || '@bench.invalid', name, '!bench-account-no-login'
     FROM unnest($1::text[], $2::text[]) AS t(id, name)`,
    [users.map((u) => u.id), users.map((u) => u.name)],
  );
  // Timestamps are `timestamp without time zone` holding UTC, as Prisma writes them.
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires, "createdAt")
     SELECT 'bench_session_' || t.uid, t.token, t.uid,
            (now() AT TIME ZONE 'UTC') + make_interval(secs => $3), now() AT TIME ZONE 'UTC'
     FROM unnest($1::text[], $2::text[]) AS t(uid, token)`,
    [users.map((u) => u.id), users.map((u) => u.token), SESSION_IDLE_S],
  );
  return out;
}

/** Each session's `expires`, as ISO strings by token: to show afterwards that none slid. */
export async function sessionExpiries(client, users) {
  const { rows } = await client.query(
    `SELECT "sessionToken" AS token, to_char(expires, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS expires
     FROM "Session" WHERE "sessionToken" = ANY($1::text[])`,
    [users.map((u) => u.token)],
  );
  return Object.fromEntries(rows.map((r) => [r.token, r.expires]));
}
