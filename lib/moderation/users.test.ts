import { beforeEach, describe, expect, it } from "vitest";
import { createSession } from "@/lib/accounts/sessions";
import { suspendedMessage, verifyCredentials } from "@/lib/accounts/verify-credentials";
import { createComment } from "@/lib/comments/create-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, type Actor } from "@/lib/policy";
import { BAN_UNTIL, suspendSchema } from "@/lib/validation/moderation-users";
import { modUserPage } from "@/lib/views/mod-user";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { changeRole } from "./change-role";
import { getUserRecord } from "./get-user-record";
import { liftSuspension } from "./lift-suspension";
import { suspendUser } from "./suspend-user";

beforeEach(resetDb);

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);

async function staff(role: Role) {
  const u = await makeUser(role);
  return { ...u, actor: asActor(u) };
}

async function withSessions(n: number, role: Role = "READER") {
  const u = await makeUser(role, { password: "a-long-enough-password" });
  for (let i = 0; i < n; i++) await createSession(u.id);
  return u;
}

async function state(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, suspendedUntil: true, suspensionReason: true },
  });
  const sessions = await db.session.count({ where: { userId } });
  const actions = await db.modAction.findMany({ where: { targetUserId: userId }, orderBy: { id: "asc" } });
  return { ...user, sessions, actions };
}

describe("suspendUser", () => {
  it("suspends, ends every session and writes exactly one SUSPEND row", async () => {
    const mod = await staff("MODERATOR");
    const reader = await withSessions(2);
    const until = inDays(7);
    const result = await suspendUser(mod.actor, { userId: reader.id, until, reason: "Repeated spam", ban: false });
    expect(result.sessionsEnded).toBe(2);
    const after = await state(reader.id);
    expect(after).toMatchObject({ suspendedUntil: until, suspensionReason: "Repeated spam", sessions: 0 });
    expect(after.actions).toHaveLength(1);
    expect(after.actions[0]).toMatchObject({
      actorId: mod.id,
      action: "SUSPEND",
      reason: "Repeated spam",
      expiresAt: until,
      before: { suspendedUntil: null },
      after: { suspendedUntil: until.toISOString() },
    });
  });

  it("changes nothing when the log row cannot be written (same transaction)", async () => {
    const reader = await withSessions(2);
    // Passes the policy, but no such user exists: the ModAction insert breaks its foreign key.
    const ghost: Actor = { id: "no-such-actor", role: "ADMIN", suspendedUntil: null };
    await expect(
      suspendUser(ghost, { userId: reader.id, until: inDays(1), reason: "x", ban: false }),
    ).rejects.toThrow();
    expect(await state(reader.id)).toMatchObject({
      suspendedUntil: null,
      suspensionReason: null,
      sessions: 2,
      actions: [],
    });
  });

  it("bans: suspended until 9999-12-31, BAN in the log", async () => {
    const admin = await staff("ADMIN");
    const mod = await withSessions(1, "MODERATOR");
    await suspendUser(admin.actor, { userId: mod.id, until: inDays(1), reason: "Abuse of tools", ban: true });
    const after = await state(mod.id);
    expect(after).toMatchObject({ suspendedUntil: BAN_UNTIL, suspensionReason: "Abuse of tools", sessions: 0 });
    expect(after.actions.map((a) => [a.action, a.expiresAt])).toEqual([["BAN", BAN_UNTIL]]);
  });

  it("refuses a moderator acting on an admin or another moderator, and writes nothing", async () => {
    const mod = await staff("MODERATOR");
    for (const role of ["ADMIN", "MODERATOR"] as const) {
      const target = await withSessions(1, role);
      await expect(
        suspendUser(mod.actor, { userId: target.id, until: inDays(1), reason: "x", ban: false }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        suspendUser(mod.actor, { userId: target.id, until: inDays(1), reason: "x", ban: true }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await state(target.id)).toMatchObject({ suspendedUntil: null, sessions: 1, actions: [] });
    }
    // Nor themselves.
    await expect(
      suspendUser(mod.actor, { userId: mod.id, until: inDays(1), reason: "x", ban: false }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.modAction.count()).toBe(0);
  });

  it("refuses readers, analysts and guests, even for users that do not exist", async () => {
    const target = await withSessions(1);
    for (const actor of [asActor(await makeUser("READER")), asActor(await makeUser("ANALYST")), null]) {
      const input = { userId: target.id, until: inDays(1), reason: "x", ban: false };
      await expect(suspendUser(actor, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(suspendUser(actor, { ...input, userId: "nobody" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(liftSuspension(actor, { userId: target.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeRole(actor, { userId: target.id, to: "MODERATOR" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await state(target.id)).toMatchObject({ role: "READER", suspendedUntil: null, sessions: 1, actions: [] });
  });

  it("answers NotFoundError for staff naming no user", async () => {
    const mod = await staff("MODERATOR");
    await expect(
      suspendUser(mod.actor, { userId: "nobody", until: inDays(1), reason: "x", ban: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sign-in while suspended", () => {
  it("says until when and why, only to someone with the password", async () => {
    const mod = await staff("MODERATOR");
    const reader = await withSessions(0);
    const until = new Date("2099-12-03T00:00:00Z");
    await suspendUser(mod.actor, { userId: reader.id, until, reason: "Spam links", ban: false });
    const wrong = await verifyCredentials({ email: reader.email, password: "wrong-password-here" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const result = await verifyCredentials({ email: reader.email, password: "a-long-enough-password" });
    expect(result).toEqual({ ok: false, reason: "suspended", until, why: "Spam links" });
    expect(suspendedMessage(result as { until: Date; why: string })).toBe(
      "Your account is suspended until December 3, 2099: Spam links",
    );
    expect(suspendedMessage({ until: BAN_UNTIL, why: "Threats" })).toBe("Your account is banned: Threats");

    await liftSuspension(mod.actor, { userId: reader.id });
    expect(await verifyCredentials({ email: reader.email, password: "a-long-enough-password" })).toMatchObject({
      ok: true,
    });
  });
});

describe("liftSuspension", () => {
  it("clears the suspension and its reason and logs LIFT", async () => {
    const mod = await staff("MODERATOR");
    const reader = await withSessions(1);
    await suspendUser(mod.actor, { userId: reader.id, until: inDays(30), reason: "Cool off", ban: false });
    await liftSuspension(mod.actor, { userId: reader.id });
    const after = await state(reader.id);
    expect(after).toMatchObject({ suspendedUntil: null, suspensionReason: null, sessions: 0 });
    expect(after.actions.map((a) => a.action)).toEqual(["SUSPEND", "LIFT"]);
    expect(after.actions[1]).toMatchObject({ actorId: mod.id, after: { suspendedUntil: null } });
  });

  it("refuses a user who is not suspended (nothing to lift), and writes nothing", async () => {
    const mod = await staff("MODERATOR");
    const reader = await withSessions(1);
    await expect(liftSuspension(mod.actor, { userId: reader.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.modAction.count()).toBe(0);
  });
});

describe("changeRole", () => {
  it("changes a role and logs ROLE_CHANGE with before and after", async () => {
    const admin = await staff("ADMIN");
    const reader = await withSessions(1);
    await changeRole(admin.actor, { userId: reader.id, to: "MODERATOR" });
    const after = await state(reader.id);
    expect(after.role).toBe("MODERATOR");
    expect(after.actions).toHaveLength(1);
    expect(after.actions[0]).toMatchObject({
      actorId: admin.id,
      action: "ROLE_CHANGE",
      before: { role: "READER" },
      after: { role: "MODERATOR" },
    });
  });

  it("is for admins only", async () => {
    const mod = await staff("MODERATOR");
    const reader = await withSessions(1);
    await expect(changeRole(mod.actor, { userId: reader.id, to: "ANALYST" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await state(reader.id)).role).toBe("READER");
  });

  it("refuses to demote the last admin", async () => {
    const admin = await staff("ADMIN");
    await expect(changeRole(admin.actor, { userId: admin.id, to: "MODERATOR" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await state(admin.id)).toMatchObject({ role: "ADMIN", actions: [] });
  });

  it("refuses an admin whose own role changed since their session was read", async () => {
    const a = await staff("ADMIN");
    const b = await staff("ADMIN");
    const reader = await withSessions(0);
    await changeRole(a.actor, { userId: b.id, to: "READER" });
    // b's actor still says ADMIN (read before the change).
    await expect(changeRole(b.actor, { userId: reader.id, to: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await state(reader.id)).role).toBe("READER");
  });

  it("two admins demoting each other at once leave one admin", async () => {
    for (let round = 0; round < 5; round++) {
      await resetDb();
      const a = await staff("ADMIN");
      const b = await staff("ADMIN");
      const results = await Promise.allSettled([
        changeRole(a.actor, { userId: b.id, to: "READER" }),
        changeRole(b.actor, { userId: a.id, to: "READER" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(ForbiddenError);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      expect(await db.modAction.count({ where: { action: "ROLE_CHANGE" } })).toBe(1);
    }
  });
});

describe("the suspend form's schema", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("works out the end from the length, a date, or a ban", () => {
    const parse = (f: Record<string, string>) => suspendSchema(now).safeParse(f);
    expect(parse({ intent: "suspend", length: "7d", reason: " why " }).data).toEqual({
      until: new Date("2026-12-04T12:00:00Z"),
      reason: "why",
      ban: false,
    });
    expect(parse({ intent: "suspend", length: "until", until: "2026-12-03", reason: "r" }).data?.until).toEqual(
      new Date("2026-12-03T00:00:00Z"),
    );
    expect(parse({ intent: "ban", length: "until", until: "", reason: "r" }).data).toEqual({
      until: BAN_UNTIL,
      reason: "r",
      ban: true,
    });
  });

  it("puts each error on its field", () => {
    const issue = (f: Record<string, string>) => suspendSchema(now).safeParse(f).error?.issues[0];
    expect(issue({ intent: "suspend", length: "7d", reason: "  " })).toMatchObject({ path: ["reason"] });
    expect(issue({ intent: "suspend", length: "7d", reason: "x".repeat(501) })).toMatchObject({ path: ["reason"] });
    expect(issue({ intent: "suspend", length: "until", until: "", reason: "r" })).toMatchObject({ path: ["until"] });
    expect(issue({ intent: "suspend", length: "until", until: "2026-02-30", reason: "r" })).toMatchObject({
      path: ["until"],
    });
    expect(issue({ intent: "suspend", length: "until", until: "2026-11-27", reason: "r" })).toMatchObject({
      path: ["until"],
      message: "The date must be in the future.",
    });
    expect(issue({ intent: "suspend", length: "2d", reason: "r" })).toMatchObject({ path: ["length"] });
  });
});

describe("a user's moderation record", () => {
  it("reads the user, their comments, reports against them and actions on them, newest first", async () => {
    const mod = await staff("MODERATOR");
    const reporter = await makeUser();
    const reader = await withSessions(0);
    const { id: discussionId } = await makeDiscussion();
    const actor = asActor(reader);
    const first = await createComment(actor, { discussionId, body: "first comment" });
    const second = await createComment(actor, { discussionId, body: "x".repeat(300) });
    await db.report.create({
      data: { commentId: first.id, reporterId: reporter.id, reason: "SPAM", detail: "ads", snapshot: "first" },
    });
    await suspendUser(mod.actor, { userId: reader.id, until: inDays(1), reason: "Spam", ban: false });

    const record = await getUserRecord(mod.actor, reader.id);
    expect(record?.user).toMatchObject({ id: reader.id, role: "READER", suspensionReason: "Spam" });
    expect(record?.comments.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(record?.comments[0]).toMatchObject({ status: "VISIBLE", truncated: true });
    expect(record?.comments[0]?.excerpt).toHaveLength(200);
    expect(record?.reports).toEqual([
      expect.objectContaining({
        commentId: first.id,
        reason: "SPAM",
        detail: "ads",
        reporterName: reporter.displayName,
      }),
    ]);
    expect(record?.actions).toEqual([
      expect.objectContaining({ action: "SUSPEND", actorName: mod.displayName, reason: "Spam" }),
    ]);
    expect(await getUserRecord(mod.actor, "nobody")).toBeNull();
  });

  it("shows each control only to whom the policy allows it", async () => {
    const mod = await staff("MODERATOR");
    const admin = await staff("ADMIN");
    const reader = await withSessions(0);
    const viewer = (u: typeof mod) => ({ ...u.actor!, name: u.displayName, email: u.email });
    const page = async (v: typeof mod, userId: string) =>
      String((await modUserPage({ userId, viewer: viewer(v) }))?.main ?? "");

    let asMod = await page(mod, reader.id);
    expect(asMod).toContain(`<h1>Moderation: ${reader.displayName}</h1>`);
    expect(asMod).toContain(">Suspend</button>");
    expect(asMod).toContain(">Ban</button>");
    expect(asMod).not.toContain("Lift suspension");
    expect(asMod).not.toContain("Change role");
    expect(await page(admin, reader.id)).toContain("Change role");
    // A moderator gets no forms on an admin's record; the only admin cannot change their own role.
    const onAdmin = await page(mod, admin.id);
    expect(onAdmin).not.toContain("<form");
    expect(await page(admin, admin.id)).not.toContain("Change role");

    await suspendUser(mod.actor, { userId: reader.id, until: BAN_UNTIL, reason: "<b>gone</b>", ban: true });
    asMod = await page(mod, reader.id);
    expect(asMod).toContain("Banned permanently. Reason: &lt;b&gt;gone&lt;/b&gt;");
    expect(asMod).toContain("Lift suspension");
  });
});
