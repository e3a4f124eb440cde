/**
 * Every permission in one place (after Discourse's guardian): `can(actor, action, subject)`.
 * Pages hide controls with it and domain functions enforce it; policy.test.ts walks every
 * role × action.
 */
import type { ArticleStatus, CommentStatus, Role } from "@/lib/generated/prisma/enums";

export type Actor = {
  id: string;
  role: Role;
  suspendedUntil: Date | null;
} | null;

export type CommentSubject = {
  authorId: string;
  status: CommentStatus;
  createdAt: Date;
};

/** What the lock rules need of a discussion. */
export type DiscussionSubject = { lockedAt: Date | null };

/** A user a moderator acts on (suspend, lift, change role). */
export type UserSubject = {
  id: string;
  role: Role;
  suspendedUntil: Date | null;
};

/** A forum thread's opening post, for editing it. */
export type ThreadSubject = { authorId: string; createdAt: Date };

/** An article in the newsroom: whose it is. */
export type ArticleSubject = { authorId: string };

/** An article (or one saved version of it) for reading: a draft is its author's and admins' alone. */
export type ArticleReadSubject = ArticleSubject & { status: ArticleStatus };

/**
 * What decides who may read a discussion: the article it is under, or null for a forum thread
 * (the forum is public). A draft's discussion is as private as the draft, on every route that
 * shows or changes it (an article taken back to draft takes its comments with it).
 */
export type ReadSubject = { article: ArticleReadSubject | null };

/** A forum thread, for pinning it. */
export type PinSubject = { pinned: boolean };

/** A role change: the user, the role they would get, and how many admins there are now. */
export type RoleChangeSubject = UserSubject & { to: Role; adminCount: number };

export const EDIT_WINDOW_MS = 30 * 60 * 1000;

const STAFF: readonly Role[] = ["MODERATOR", "ADMIN"];
/** Who starts forum threads: analysts, and staff. */
const THREAD_STARTERS: readonly Role[] = ["ANALYST", "MODERATOR", "ADMIN"];

export function isStaff(actor: Actor): boolean {
  return actor !== null && STAFF.includes(actor.role);
}

export function isSuspended(actor: Actor, now = new Date()): boolean {
  return !!actor?.suspendedUntil && actor.suspendedUntil > now;
}

function active(actor: Actor, now: Date): actor is NonNullable<Actor> {
  return actor !== null && !isSuspended(actor, now);
}

type Rules = {
  /** The discussion at all (its pages, permalinks, histories, and any write to its comments). */
  "discussion:read": ReadSubject;
  /**
   * A comment's place in its discussion (its permalink, its own page): a held post is its
   * author's and staff's until approved; a removed one keeps its place, its text shown to its
   * author and staff only (lib/views/comment-tree.ts).
   */
  "comment:read": Pick<CommentSubject, "authorId" | "status"> & ReadSubject;
  "discussion:lock": DiscussionSubject;
  "discussion:unlock": DiscussionSubject;
  "comment:create": DiscussionSubject;
  "comment:reply": CommentSubject & DiscussionSubject;
  "comment:edit": CommentSubject;
  "comment:delete": CommentSubject;
  "comment:vote": CommentSubject;
  "comment:remove": CommentSubject;
  "comment:restore": CommentSubject;
  "comment:approve": CommentSubject;
  "comment:report": CommentSubject;
  /** Closing a comment's open reports without removing it ("Reject the reports"). */
  "reports:reject": undefined;
  /** The queue, the log and users' moderation records. */
  "mod:view": undefined;
  "user:suspend": UserSubject;
  "user:lift": UserSubject;
  "user:change-role": RoleChangeSubject;
  /** One's own account: display name, password, other sessions. */
  "account:update": { id: string };
  "thread:create": undefined;
  /** The opening post's title and text, within the edit window (replies are comments). */
  "thread:edit": ThreadSubject;
  /** Pin (or change until when), and unpin, a forum thread. */
  "thread:pin": PinSubject;
  "thread:unpin": PinSubject;
  /** Add and rename the forum's categories. */
  "forum:manage-categories": undefined;
  /** The newsroom: write an article (analysts and admins). */
  "article:create": undefined;
  /** Edit, publish, unpublish, and see the draft of, an article: its analyst author, or an admin. */
  "article:edit": ArticleSubject;
  /** A published article: everyone; a draft (or a draft version's text): those who may edit it. */
  "article:read": ArticleReadSubject;
  /** An article's revision history: staff, and its author; a draft's, only those who may read it. */
  "article:history": ArticleReadSubject;
};

export type Action = keyof Rules;

export function can<A extends Action>(actor: Actor, action: A, subject: Rules[A], now = new Date()): boolean {
  switch (action) {
    case "discussion:read": {
      const { article } = subject as ReadSubject;
      return article === null || can(actor, "article:read", article, now);
    }
    case "comment:read": {
      const c = subject as Rules["comment:read"];
      if (!can(actor, "discussion:read", c, now)) return false;
      return c.status !== "PENDING_REVIEW" || isStaff(actor) || (actor !== null && actor.id === c.authorId);
    }
    case "discussion:lock":
      return active(actor, now) && isStaff(actor) && (subject as DiscussionSubject).lockedAt === null;
    case "discussion:unlock":
      return active(actor, now) && isStaff(actor) && (subject as DiscussionSubject).lockedAt !== null;
    case "comment:create":
      return active(actor, now) && (subject as DiscussionSubject).lockedAt === null;
    case "comment:reply": {
      const c = subject as CommentSubject & DiscussionSubject;
      return active(actor, now) && c.status === "VISIBLE" && c.lockedAt === null;
    }
    case "comment:edit": {
      const c = subject as CommentSubject;
      return (
        active(actor, now) &&
        c.authorId === actor.id &&
        c.status === "VISIBLE" &&
        now.getTime() - c.createdAt.getTime() <= EDIT_WINDOW_MS
      );
    }
    case "comment:delete": {
      const c = subject as CommentSubject;
      return active(actor, now) && c.authorId === actor.id && c.status === "VISIBLE";
    }
    case "comment:vote": {
      const c = subject as CommentSubject;
      return active(actor, now) && c.authorId !== actor.id && c.status === "VISIBLE";
    }
    case "comment:remove": {
      const c = subject as CommentSubject;
      return active(actor, now) && isStaff(actor) && (c.status === "VISIBLE" || c.status === "PENDING_REVIEW");
    }
    case "comment:restore": {
      const c = subject as CommentSubject;
      return active(actor, now) && isStaff(actor) && c.status === "REMOVED_BY_MODERATOR";
    }
    case "comment:approve": {
      const c = subject as CommentSubject;
      return active(actor, now) && isStaff(actor) && c.status === "PENDING_REVIEW";
    }
    case "comment:report": {
      const c = subject as CommentSubject;
      return active(actor, now) && c.authorId !== actor.id && c.status === "VISIBLE";
    }
    case "reports:reject":
    case "mod:view":
      return active(actor, now) && isStaff(actor);
    case "user:suspend": {
      const u = subject as UserSubject;
      return active(actor, now) && u.id !== actor.id && outranks(actor.role, u.role);
    }
    case "user:lift": {
      const u = subject as UserSubject;
      return active(actor, now) && outranks(actor.role, u.role) && isSuspended(u, now);
    }
    case "thread:create":
      return active(actor, now) && THREAD_STARTERS.includes(actor.role);
    case "thread:edit": {
      const t = subject as ThreadSubject;
      return active(actor, now) && t.authorId === actor.id && now.getTime() - t.createdAt.getTime() <= EDIT_WINDOW_MS;
    }
    case "thread:pin":
      return active(actor, now) && isStaff(actor);
    case "thread:unpin":
      return active(actor, now) && isStaff(actor) && (subject as PinSubject).pinned;
    case "forum:manage-categories":
      return active(actor, now) && actor.role === "ADMIN";
    case "article:create":
      return active(actor, now) && (actor.role === "ANALYST" || actor.role === "ADMIN");
    case "article:edit": {
      const a = subject as ArticleSubject;
      return active(actor, now) && (actor.role === "ADMIN" || (actor.role === "ANALYST" && a.authorId === actor.id));
    }
    case "article:read": {
      const a = subject as ArticleReadSubject;
      return a.status === "PUBLISHED" || can(actor, "article:edit", a, now);
    }
    case "article:history": {
      const a = subject as ArticleReadSubject;
      return (
        active(actor, now) &&
        (isStaff(actor) || (actor.role === "ANALYST" && a.authorId === actor.id)) &&
        can(actor, "article:read", a, now)
      );
    }
    case "account:update":
      return active(actor, now) && actor.id === (subject as { id: string }).id;
    case "user:change-role": {
      const u = subject as RoleChangeSubject;
      if (!active(actor, now) || actor.role !== "ADMIN" || u.to === u.role) return false;
      // The last admin cannot be demoted (by themselves or anyone): someone must hold the keys.
      return !(u.role === "ADMIN" && u.adminCount <= 1);
    }
    default:
      return false;
  }
}

/**
 * Staff act on those below them: moderators on readers and analysts, admins on everyone but
 * other admins (an admin's role is changed, not suspended).
 */
function outranks(actor: Role, target: Role): boolean {
  if (actor === "ADMIN") return target !== "ADMIN";
  if (actor === "MODERATOR") return target === "READER" || target === "ANALYST";
  return false;
}

export class ForbiddenError extends Error {
  constructor(action: Action) {
    super(`Not allowed: ${action}`);
  }
}

export function authorize<A extends Action>(actor: Actor, action: A, subject: Rules[A]): void {
  if (!can(actor, action, subject)) throw new ForbiddenError(action);
}
