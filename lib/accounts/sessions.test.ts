import { beforeEach, describe, expect, it } from "vitest";
import { authOptions, sessionAdapter } from "@/lib/auth";
import { db } from "@/lib/db";
import { makeUser, resetDb } from "@/test/db";
import {
  createSession,
  endAllSessions,
  SESSION_ABSOLUTE_LIFETIME_S,
  SESSION_IDLE_TIMEOUT_S,
  SESSION_UPDATE_AGE_S,
} from "./sessions";

beforeEach(resetDb);

const DAY_MS = 24 * 60 * 60 * 1000;
const sessionsOf = (userId: string) => db.session.count({ where: { userId } });

describe("session lifetime", () => {
  it("slides with an idle timeout of 7 days, extended at most once a day", () => {
    expect(SESSION_IDLE_TIMEOUT_S).toBe(7 * 24 * 60 * 60);
    expect(authOptions.session?.maxAge).toBe(SESSION_IDLE_TIMEOUT_S);
    expect(authOptions.session?.updateAge).toBe(SESSION_UPDATE_AGE_S);
    expect(SESSION_UPDATE_AGE_S).toBeLessThanOrEqual(24 * 60 * 60);
    expect(SESSION_ABSOLUTE_LIFETIME_S).toBe(30 * 24 * 60 * 60);
  });

  it("starts a session that is idle-bound in the database and whose cookie ends at the absolute lifetime", async () => {
    const u = await makeUser();
    const s = await createSession(u.id);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken: s.sessionToken } });
    expect(row.expires.getTime() - row.createdAt.getTime()).toBe(SESSION_IDLE_TIMEOUT_S * 1000);
    expect(s.endsBy.getTime() - row.createdAt.getTime()).toBe(SESSION_ABSOLUTE_LIFETIME_S * 1000);
    expect(await sessionAdapter.getSessionAndUser(s.sessionToken)).toMatchObject({ user: { id: u.id } });
  });

  it("ends a session 30 days after sign-in however active it was", async () => {
    const u = await makeUser();
    const now = Date.now();
    // Used yesterday, so its sliding expiry is days away; but it began over 30 days ago.
    await db.session.create({
      data: {
        sessionToken: "old",
        userId: u.id,
        createdAt: new Date(now - 30 * DAY_MS - 60_000),
        expires: new Date(now + 6 * DAY_MS),
      },
    });
    await db.session.create({
      data: {
        sessionToken: "young",
        userId: u.id,
        createdAt: new Date(now - 29 * DAY_MS),
        expires: new Date(now + DAY_MS),
      },
    });
    expect(await sessionAdapter.getSessionAndUser("old")).toBeNull();
    expect(await db.session.count({ where: { sessionToken: "old" } })).toBe(0);
    expect(await sessionAdapter.getSessionAndUser("young")).not.toBeNull();
  });

  it("ends a session left idle past its expiry", async () => {
    const u = await makeUser();
    await db.session.create({
      data: {
        sessionToken: "idle",
        userId: u.id,
        createdAt: new Date(Date.now() - 8 * DAY_MS),
        expires: new Date(Date.now() - 1000),
      },
    });
    expect(await sessionAdapter.getSessionAndUser("idle")).toBeNull();
    expect(await db.session.count({ where: { sessionToken: "idle" } })).toBe(0);
  });
});

describe("suspension", () => {
  it("deletes every session of a suspended user, so lifting the suspension brings none back", async () => {
    const u = await makeUser();
    const other = await makeUser();
    const a = await createSession(u.id);
    const b = await createSession(u.id);
    const keep = await createSession(other.id);
    await db.user.update({ where: { id: u.id }, data: { suspendedUntil: new Date(Date.now() + 60_000) } });

    expect(await sessionAdapter.getSessionAndUser(a.sessionToken)).toBeNull();
    expect(await sessionsOf(u.id)).toBe(0);

    await db.user.update({ where: { id: u.id }, data: { suspendedUntil: null } });
    expect(await sessionAdapter.getSessionAndUser(a.sessionToken)).toBeNull();
    expect(await sessionAdapter.getSessionAndUser(b.sessionToken)).toBeNull();
    expect(await sessionAdapter.getSessionAndUser(keep.sessionToken)).not.toBeNull();
  });

  it("endAllSessions signs one user out everywhere, inside a transaction too", async () => {
    const u = await makeUser();
    const other = await makeUser();
    await createSession(u.id);
    await createSession(u.id);
    await createSession(other.id);
    expect(await endAllSessions(u.id)).toBe(2);
    expect(await sessionsOf(u.id)).toBe(0);
    expect(await sessionsOf(other.id)).toBe(1);

    await createSession(u.id);
    await db.$transaction(async (tx) => {
      expect(await endAllSessions(u.id, tx)).toBe(1);
    });
    expect(await sessionsOf(u.id)).toBe(0);
  });
});
