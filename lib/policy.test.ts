import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  can,
  EDIT_WINDOW_MS,
  type Action,
  type Actor,
  type CommentSubject,
  type DiscussionSubject,
  type UserSubject,
} from "./policy";

const now = new Date("2026-11-26T12:00:00Z");
const roles: Role[] = ["READER", "ANALYST", "MODERATOR", "ADMIN"];
const actor = (role: Role, id = `u-${role}`, suspendedUntil: Date | null = null): Actor => ({
  id,
  role,
  suspendedUntil,
});
const comment = (over: Partial<CommentSubject & DiscussionSubject> = {}): CommentSubject & DiscussionSubject => ({
  authorId: "someone-else",
  status: "VISIBLE",
  createdAt: new Date(now.getTime() - 60_000),
  lockedAt: null,
  ...over,
});
const open: DiscussionSubject = { lockedAt: null };
const locked: DiscussionSubject = { lockedAt: new Date(now.getTime() - 1000) };
const reader = (over: Partial<UserSubject> = {}): UserSubject => ({
  id: "target",
  role: "READER",
  suspendedUntil: null,
  ...over,
});
const suspended = (over: Partial<UserSubject> = {}) =>
  reader({ suspendedUntil: new Date(now.getTime() + 86_400_000), ...over });

/** The subject each action is asked about in the role table. */
function subjectFor(action: Action): unknown {
  switch (action) {
    case "discussion:read":
    case "reports:reject":
    case "mod:view":
    case "thread:create":
    case "article:create":
    case "forum:manage-categories":
      return undefined;
    case "article:edit":
    case "article:history":
    case "article:read":
      return { authorId: "someone-else", status: "PUBLISHED" };
    case "thread:edit":
      return { authorId: "someone-else", createdAt: new Date(now.getTime() - 60_000) };
    case "thread:pin":
      return { pinned: false };
    case "thread:unpin":
      return { pinned: true };
    case "discussion:lock":
    case "comment:create":
      return open;
    case "discussion:unlock":
      return locked;
    case "comment:restore":
      return comment({ status: "REMOVED_BY_MODERATOR" });
    case "comment:approve":
      return comment({ status: "PENDING_REVIEW" });
    case "user:suspend":
      return reader();
    case "user:lift":
      return suspended();
    case "user:change-role":
      return { ...reader(), to: "MODERATOR", adminCount: 1 };
    case "account:update":
      return { id: "someone-else" };
    case "comment:read":
      return { ...comment(), article: null };
    default:
      return comment();
  }
}

// Expected answer for every role × action, on the subject subjectFor gives (someone else's
// visible, fresh comment in an open discussion; a reader; …).
const table: Record<Exclude<Action, "discussion:read">, Record<Role | "guest", boolean>> = {
  "discussion:lock": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "discussion:unlock": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "comment:create": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:reply": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:edit": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "comment:delete": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "comment:vote": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:remove": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "comment:restore": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "comment:approve": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "comment:report": { guest: false, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "comment:read": { guest: true, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
  "reports:reject": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "mod:view": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "user:suspend": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "user:lift": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "user:change-role": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: true },
  // Someone else's account: nobody, whatever the role (their own: below).
  "account:update": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "thread:create": { guest: false, READER: false, ANALYST: true, MODERATOR: true, ADMIN: true },
  // Someone else's opening post: nobody (their own: below).
  "thread:edit": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: false },
  "thread:pin": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "thread:unpin": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "forum:manage-categories": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: true },
  "article:create": { guest: false, READER: false, ANALYST: true, MODERATOR: false, ADMIN: true },
  // Someone else's article: admins edit any; analysts only their own (below); moderators none.
  "article:edit": { guest: false, READER: false, ANALYST: false, MODERATOR: false, ADMIN: true },
  "article:history": { guest: false, READER: false, ANALYST: false, MODERATOR: true, ADMIN: true },
  "article:read": { guest: true, READER: true, ANALYST: true, MODERATOR: true, ADMIN: true },
};

/** Reading: the rules a suspension leaves alone. */
const READS: readonly Action[] = ["comment:read", "article:read"];

describe("policy: role × action", () => {
  for (const [action, expected] of Object.entries(table) as [keyof typeof table, Record<Role | "guest", boolean>][]) {
    for (const who of ["guest", ...roles] as const) {
      it(`${who} ${expected[who] ? "may" : "may not"} ${action}`, () => {
        const a = who === "guest" ? null : actor(who);
        expect(can(a, action, subjectFor(action) as never, now)).toBe(expected[who]);
      });
    }
  }

  it("everyone, guests included, may read a forum thread's or a published article's discussion", () => {
    const published = { article: { status: "PUBLISHED", authorId: "someone-else" } } as const;
    for (const a of [null, ...roles.map((r) => actor(r))]) {
      expect(can(a, "discussion:read", { article: null }, now)).toBe(true);
      expect(can(a, "discussion:read", published, now)).toBe(true);
    }
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
  it("every active user may change their own account, and only their own", () => {
    for (const r of roles) {
      expect(can(actor(r, "me"), "account:update", { id: "me" }, now)).toBe(true);
      expect(can(actor(r, "me", new Date(now.getTime() + 1000)), "account:update", { id: "me" }, now)).toBe(false);
    }
  });
  it("a thread's author edits its opening post within the window; nobody unpins what is not pinned", () => {
    const mine = { authorId: "me", createdAt: new Date(now.getTime() - 60_000) };
    expect(can(actor("ANALYST", "me"), "thread:edit", mine, now)).toBe(true);
    const old = { authorId: "me", createdAt: new Date(now.getTime() - EDIT_WINDOW_MS - 1) };
    expect(can(actor("ANALYST", "me"), "thread:edit", old, now)).toBe(false);
    expect(can(actor("ADMIN"), "thread:unpin", { pinned: false }, now)).toBe(false);
    expect(can(actor("ANALYST", "me", new Date(now.getTime() + 1000)), "thread:create", undefined, now)).toBe(false);
  });
  it("analysts edit their own articles (and read their history), not after a demotion or suspension", () => {
    const mine = { authorId: "me", status: "DRAFT" } as const;
    expect(can(actor("ANALYST", "me"), "article:edit", mine, now)).toBe(true);
    expect(can(actor("ANALYST", "me"), "article:history", mine, now)).toBe(true);
    expect(can(actor("READER", "me"), "article:edit", mine, now)).toBe(false);
    expect(can(actor("MODERATOR", "me"), "article:edit", mine, now)).toBe(false);
    expect(can(actor("ANALYST", "me", new Date(now.getTime() + 1000)), "article:edit", mine, now)).toBe(false);
  });
  it("moderators restore only removed comments", () => {
    expect(can(actor("MODERATOR"), "comment:restore", comment({ status: "REMOVED_BY_MODERATOR" }), now)).toBe(true);
    expect(can(actor("READER"), "comment:restore", comment({ status: "REMOVED_BY_MODERATOR" }), now)).toBe(false);
  });
  it("a suspended user may do nothing but read, whatever the role", () => {
    const until = new Date(now.getTime() + 3_600_000);
    for (const r of roles) {
      const s = actor(r, "me", until);
      for (const action of (Object.keys(table) as (keyof typeof table)[]).filter((a) => !READS.includes(a))) {
        const subject = subjectFor(action);
        const own =
          subject && typeof subject === "object" && "authorId" in subject ? { ...subject, authorId: "me" } : subject;
        expect(can(s, action, subject as never, now), action).toBe(false);
        expect(can(s, action, own as never, now), `${action} (own)`).toBe(false);
      }
      expect(can(s, "discussion:read", { article: null }, now)).toBe(true);
      expect(can(s, "comment:read", { ...comment(), article: null }, now)).toBe(true);
    }
  });
  it("an expired suspension no longer applies", () => {
    const s = actor("READER", "me", new Date(now.getTime() - 1));
    expect(can(s, "comment:create", open, now)).toBe(true);
  });
});

describe("policy: moderation", () => {
  it("a locked discussion takes no comments or replies, from anyone", () => {
    for (const r of roles) {
      expect(can(actor(r), "comment:create", locked, now)).toBe(false);
      expect(can(actor(r), "comment:reply", comment(locked), now)).toBe(false);
    }
  });
  it("lock and unlock each apply only in the state they change", () => {
    expect(can(actor("MODERATOR"), "discussion:lock", locked, now)).toBe(false);
    expect(can(actor("MODERATOR"), "discussion:unlock", open, now)).toBe(false);
  });
  it("nobody reports their own comment, or one that is not visible", () => {
    expect(can(actor("READER", "me"), "comment:report", comment({ authorId: "me" }), now)).toBe(false);
    for (const status of ["REMOVED_BY_MODERATOR", "DELETED_BY_AUTHOR", "PENDING_REVIEW"] as const) {
      expect(can(actor("READER"), "comment:report", comment({ status }), now)).toBe(false);
    }
  });
  it("remove applies to visible and held comments; restore and approve only to their state", () => {
    const mod = actor("MODERATOR");
    expect(can(mod, "comment:remove", comment({ status: "PENDING_REVIEW" }), now)).toBe(true);
    expect(can(mod, "comment:remove", comment({ status: "REMOVED_BY_MODERATOR" }), now)).toBe(false);
    expect(can(mod, "comment:remove", comment({ status: "DELETED_BY_AUTHOR" }), now)).toBe(false);
    expect(can(mod, "comment:restore", comment(), now)).toBe(false);
    expect(can(mod, "comment:approve", comment(), now)).toBe(false);
  });
  it("moderators act on readers and analysts; admins on everyone but admins; nobody on themselves", () => {
    const mod = actor("MODERATOR", "mod");
    const admin = actor("ADMIN", "admin");
    expect(can(mod, "user:suspend", reader({ role: "ANALYST" }), now)).toBe(true);
    expect(can(mod, "user:suspend", reader({ role: "MODERATOR" }), now)).toBe(false);
    expect(can(mod, "user:suspend", reader({ role: "ADMIN" }), now)).toBe(false);
    expect(can(admin, "user:suspend", reader({ role: "MODERATOR" }), now)).toBe(true);
    expect(can(admin, "user:suspend", reader({ role: "ADMIN" }), now)).toBe(false);
    expect(can(admin, "user:suspend", reader({ id: "admin", role: "ADMIN" }), now)).toBe(false);
  });
  it("lift applies only to a suspension still running", () => {
    expect(can(actor("MODERATOR"), "user:lift", reader(), now)).toBe(false);
    expect(can(actor("MODERATOR"), "user:lift", reader({ suspendedUntil: new Date(now.getTime() - 1) }), now)).toBe(
      false,
    );
  });
  it("only admins change roles, never to the same role, and never the last admin's", () => {
    const admin = actor("ADMIN", "admin");
    const change = (role: Role, to: Role, adminCount: number) => ({ ...reader({ role }), to, adminCount });
    expect(can(admin, "user:change-role", change("READER", "READER", 2), now)).toBe(false);
    expect(can(admin, "user:change-role", change("ADMIN", "READER", 1), now)).toBe(false);
    expect(can(admin, "user:change-role", change("ADMIN", "READER", 2), now)).toBe(true);
    expect(can(actor("MODERATOR"), "user:change-role", change("READER", "ANALYST", 2), now)).toBe(false);
  });
});

describe("policy: what a reader may see", () => {
  const draftBy = (authorId: string) => ({ article: { status: "DRAFT", authorId } }) as const;
  it("a draft's discussion is its author's and admins' alone, as the draft is", () => {
    const draft = draftBy("me");
    expect(can(actor("ANALYST", "me"), "discussion:read", draft, now)).toBe(true);
    expect(can(actor("ADMIN"), "discussion:read", draft, now)).toBe(true);
    for (const a of [null, actor("READER"), actor("ANALYST"), actor("MODERATOR")]) {
      expect(can(a, "discussion:read", draft, now)).toBe(false);
      expect(can(a, "comment:read", { ...comment(), ...draft }, now)).toBe(false);
    }
    // A commenter does not keep the discussion because they wrote in it.
    const mine = { ...comment({ authorId: "reader" }), ...draft };
    expect(can(actor("READER", "reader"), "comment:read", mine, now)).toBe(false);
  });
  it("a held post has a place for its author and staff only; a removed one keeps its place for all", () => {
    const held = { ...comment({ authorId: "me", status: "PENDING_REVIEW" }), article: null };
    expect(can(actor("READER", "me"), "comment:read", held, now)).toBe(true);
    expect(can(actor("MODERATOR"), "comment:read", held, now)).toBe(true);
    for (const a of [null, actor("READER"), actor("ANALYST")]) expect(can(a, "comment:read", held, now)).toBe(false);
    const removed = { ...comment({ status: "REMOVED_BY_MODERATOR" }), article: null };
    expect(can(null, "comment:read", removed, now)).toBe(true);
  });
  it("a draft's text and history are for its author and admins: moderators read published history only", () => {
    const draft = { authorId: "me", status: "DRAFT" } as const;
    const published = { authorId: "me", status: "PUBLISHED" } as const;
    expect(can(actor("MODERATOR"), "article:history", draft, now)).toBe(false);
    expect(can(actor("MODERATOR"), "article:read", draft, now)).toBe(false);
    expect(can(actor("MODERATOR"), "article:history", published, now)).toBe(true);
    expect(can(actor("ANALYST", "me"), "article:history", draft, now)).toBe(true);
    expect(can(actor("ADMIN"), "article:history", draft, now)).toBe(true);
    expect(can(actor("ANALYST"), "article:read", draft, now)).toBe(false);
    expect(can(null, "article:read", published, now)).toBe(true);
  });
});
