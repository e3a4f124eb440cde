import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser, resetDb } from "@/test/db";
import { createAccount, EmailTakenError } from "./create-account";
import { createSession, endSession } from "./sessions";
import { verifyCredentials } from "./verify-credentials";

beforeEach(resetDb);

describe("accounts", () => {
  it("stores an argon2id hash, never the password", async () => {
    const u = await createAccount({ displayName: "Ada", email: "ada@test.example", password: "correct horse battery" });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("correct horse");
    await expect(
      createAccount({ displayName: "Ada 2", email: "ada@test.example", password: "another password" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    await createAccount({ displayName: "Ada", email: "ada@test.example", password: "correct horse battery" });
    const ok = await verifyCredentials({ email: "ada@test.example", password: "correct horse battery" });
    expect(ok.ok).toBe(true);
    const wrong = await verifyCredentials({ email: "ada@test.example", password: "wrong password!" });
    const unknown = await verifyCredentials({ email: "nobody@test.example", password: "correct horse battery" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a suspended account with the right password", async () => {
    const u = await makeUser("READER", { suspendedUntil: new Date(Date.now() + 60_000), password: "pass-word-123" });
    expect(await verifyCredentials({ email: u.email, password: "pass-word-123" })).toMatchObject({
      ok: false,
      reason: "suspended",
    });
  });

  it("issues 32-byte random session tokens and deletes the row on sign-out", async () => {
    const u = await makeUser();
    const a = await createSession(u.id);
    const b = await createSession(u.id);
    expect(a.sessionToken).toMatch(/^[0-9a-f]{64}$/);
    expect(a.sessionToken).not.toBe(b.sessionToken);
    await endSession(a.sessionToken);
    expect(await db.session.count({ where: { sessionToken: a.sessionToken } })).toBe(0);
    expect(await db.session.count({ where: { sessionToken: b.sessionToken } })).toBe(1);
  });
});
