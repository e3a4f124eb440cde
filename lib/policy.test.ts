import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, EDIT_WINDOW_MS, type Action, type Actor, type CommentSubject } from "./policy";

const now = new Date("2026-11-26T12:00:00Z");
const roles: Role[] = ["READER", "ANALYST", "MODERATOR", "ADMIN"];
const actor = (role: Role, id = `u-${role}`, suspendedUntil: Date | null = null): Actor => ({
  id,
  role,
  suspendedUntil,
});
const comment = (over: Partial<CommentSubject> = {}): CommentSubject => ({
  authorId: "someone-else",
  status: "VISIBLE",
  createdAt: new Date(now.getTime() - 60_000),
  ...over,
});

// Expected answer for every role × action on someone else's visible, fresh comment.
const table: Record<Exclude<Action, "discussion:read">, Record<Role | "guest", boolean>> = {
  "comment:create": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:reply": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:edit": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "comment:delete": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "comment:vote": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:remove": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "comment:restore": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
};

describe("policy: role × action on someone else's comment", () => {
  for (const [action, expected] of Object.entries(table) as [keyof typeof table, Record<Role | "guest", boolean>][]) {
    for (const who of ["guest", ...roles] as const) {
      it(`${who} ${expected[who] ? "may" : "may not"} ${action}`, () => {
        const a = who === "guest" ? null : actor(who);
        const subject = action === "comment:create" ? undefined : comment();
        expect(can(a, action, subject as never, now)).toBe(expected[who]);
      });
    }
  }

  it("everyone, guests included, may read", () => {
    for (const a of [null, ...roles.map((r) => actor(r))]) expect(can(a, "discussion:read", undefined, now)).toBe(true);
  });
});

describe("policy: own comments, time windows, status and suspension", () => {
  const me = actor("READER", "me");
  it("the author may edit within the window, not after", () => {
    expect(can(me, "comment:edit", comment({ authorId: "me" }), now)).toBe(true);
    const old = comment({ authorId: "me", createdAt: new Date(now.getTime() - EDIT_WINDOW_MS - 1) });
    expect(can(me, "comment:edit", old, now)).toBe(false);
  });
  it("the author may delete their own visible comment", () => {
    expect(can(me, "comment:delete", comment({ authorId: "me" }), now)).toBe(true);
    expect(can(me, "comment:delete", comment({ authorId: "me", status: "REMOVED_BY_MODERATOR" }), now)).toBe(false);
  });
  it("nobody votes on their own comment, or on one that is not visible", () => {
    for (const r of roles) {
      expect(can(actor(r, "me"), "comment:vote", comment({ authorId: "me" }), now)).toBe(false);
      expect(can(actor(r), "comment:vote", comment({ status: "DELETED_BY_AUTHOR" }), now)).toBe(false);
    }
  });
  it("nobody but the author edits or deletes, whatever the role", () => {
    for (const r of roles) {
      expect(can(actor(r), "comment:edit", comment({ authorId: "author" }), now)).toBe(false);
      expect(can(actor(r), "comment:delete", comment({ authorId: "author" }), now)).toBe(false);
    }
  });
  it("nobody replies to a removed or deleted comment", () => {
    for (const status of ["REMOVED_BY_MODERATOR", "DELETED_BY_AUTHOR"] as const) {
      for (const r of roles) expect(can(actor(r), "comment:reply", comment({ status }), now)).toBe(false);
    }
  });
  it("moderators restore only removed comments", () => {
    expect(can(actor("MODERATOR"), "comment:restore", comment({ status: "REMOVED_BY_MODERATOR" }), now)).toBe(true);
    expect(can(actor("READER"), "comment:restore", comment({ status: "REMOVED_BY_MODERATOR" }), now)).toBe(false);
  });
  it("a suspended user may do nothing but read, whatever the role", () => {
    const until = new Date(now.getTime() + 3_600_000);
    for (const r of roles) {
      const s = actor(r, "me", until);
      expect(can(s, "comment:create", undefined, now)).toBe(false);
      expect(can(s, "comment:reply", comment(), now)).toBe(false);
      expect(can(s, "comment:edit", comment({ authorId: "me" }), now)).toBe(false);
      expect(can(s, "comment:remove", comment(), now)).toBe(false);
      expect(can(s, "discussion:read", undefined, now)).toBe(true);
    }
  });
  it("an expired suspension no longer applies", () => {
    const s = actor("READER", "me", new Date(now.getTime() - 1));
    expect(can(s, "comment:create", undefined, now)).toBe(true);
  });
});
