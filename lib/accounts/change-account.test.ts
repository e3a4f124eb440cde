import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/policy";
import { asActor, makeDiscussion, makeUser, resetDb } from "@/test/db";
import { changeDisplayName } from "./change-display-name";
import { changePassword, PasswordChangeError } from "./change-password";
import { DisplayNameTakenError } from "./create-account";
import { verifyPassword } from "./password";
import { countOtherSessions, createSession, endOtherSessions } from "./sessions";

beforeEach(resetDb);

const OLD = "an old but long passphrase";
const NEW = "a brand new long passphrase";
const tokensOf = async (userId: string) =>
  (await db.session.findMany({ where: { userId }, select: { sessionToken: true } })).map((s) => s.sessionToken);

describe("changing one's display name", () => {
  it("saves it, and names the discussions whose cached pages print the old one", async () => {
    const u = await makeUser();
    const d = await makeDiscussion();
    await db.comment.create({
      data: { discussionId: d.id, authorId: u.id, body: "hi", bodyHtml: "<p>hi</p>", depth: 0, path: [] },
    });
    const out = await changeDisplayName(asActor({ ...u, suspendedUntil: null }), u.id, { displayName: "Neo Dymium" });
    expect(out).toEqual({ discussionIds: [d.id], articleSlugs: [], threadIds: [] });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).displayName).toBe("Neo Dymium");
  });

  it("names the articles the user wrote: their pages print the author's name", async () => {
    const u = await makeUser("ANALYST");
    const d = await makeDiscussion();
    const c = await db.category.create({ data: { slug: "c-rename", name: "Rename" } });
    await db.article.create({
      data: {
        slug: "by-the-renamed",
        title: "T",
        excerpt: "E",
        highlights: [],
        body: "B",
        categoryId: c.id,
        authorId: u.id,
        publishedAt: new Date(),
        discussionId: d.id,
      },
    });
    const out = await changeDisplayName(asActor(u), u.id, { displayName: "Ana Lyst" });
    expect(out).toEqual({ discussionIds: [], articleSlugs: ["by-the-renamed"], threadIds: [] });
  });

  it("refuses a name that looks like another user's (case, look-alike letters)", async () => {
    const a = await makeUser();
    const b = await makeUser();
    await changeDisplayName(asActor(a), a.id, { displayName: "Rare Earth Watcher" });
    await expect(
      changeDisplayName(asActor(b), b.id, { displayName: "rare earth w\u0430tcher" }),
    ).rejects.toBeInstanceOf(DisplayNameTakenError);
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).displayName).toBe(b.displayName);
  });

  it("refuses to change someone else's, whatever the role (a forged id)", async () => {
    const admin = await makeUser("ADMIN");
    const victim = await makeUser();
    await expect(changeDisplayName(asActor(admin), victim.id, { displayName: "Taken Over" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("changing one's password", () => {
  it("needs the current password, and then ends every other session but keeps this one", async () => {
    const u = await makeUser("READER", { password: OLD });
    const here = await createSession(u.id);
    const elsewhere = await createSession(u.id);
    await expect(
      changePassword(asActor(u), u.id, here.sessionToken, { currentPassword: "not it at all", newPassword: NEW }),
    ).rejects.toMatchObject({ field: "currentPassword" });
    expect(await tokensOf(u.id)).toHaveLength(2);

    const ended = await changePassword(asActor(u), u.id, here.sessionToken, { currentPassword: OLD, newPassword: NEW });
    expect(ended).toBe(1);
    expect(await tokensOf(u.id)).toEqual([here.sessionToken]);
    expect(await tokensOf(u.id)).not.toContain(elsewhere.sessionToken);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } });
    expect(await verifyPassword(passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(passwordHash, OLD)).toBe(false);
  });

  it("refuses the same password again and a common one, beside the new-password field", async () => {
    const u = await makeUser("READER", { password: OLD });
    const s = await createSession(u.id);
    for (const newPassword of [OLD, "passwordpassword"]) {
      const e = await changePassword(asActor(u), u.id, s.sessionToken, { currentPassword: OLD, newPassword }).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(PasswordChangeError);
      expect((e as PasswordChangeError).field).toBe("newPassword");
    }
  });

  it("refuses to change someone else's, even with their password", async () => {
    const mod = await makeUser("MODERATOR");
    const victim = await makeUser("READER", { password: OLD });
    await expect(
      changePassword(asActor(mod), victim.id, "x", { currentPassword: OLD, newPassword: NEW }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("signing out other sessions", () => {
  it("ends every session of the user but the one named, and no one else's", async () => {
    const u = await makeUser();
    const other = await makeUser();
    const here = await createSession(u.id);
    await createSession(u.id);
    await createSession(u.id);
    const theirs = await createSession(other.id);
    expect(await countOtherSessions(u.id, here.sessionToken)).toBe(2);
    expect(await endOtherSessions(u.id, here.sessionToken)).toBe(2);
    expect(await tokensOf(u.id)).toEqual([here.sessionToken]);
    expect(await tokensOf(other.id)).toEqual([theirs.sessionToken]);
  });
});
