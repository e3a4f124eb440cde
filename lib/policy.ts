/**
 * Every permission in one place (after Discourse's guardian): `can(actor, action, subject)`.
 * Pages hide controls with it and domain functions enforce it; policy.test.ts walks every
 * role × action.
 */
import type { CommentStatus, Role } from "@/lib/generated/prisma/enums";

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

export const EDIT_WINDOW_MS = 30 * 60 * 1000;

const STAFF: readonly Role[] = ["MODERATOR", "ADMIN"];

export function isSuspended(actor: Actor, now = new Date()): boolean {
  return !!actor?.suspendedUntil && actor.suspendedUntil > now;
}

function active(actor: Actor, now: Date): actor is NonNullable<Actor> {
  return actor !== null && !isSuspended(actor, now);
}

type Rules = {
  "discussion:read": undefined;
  "comment:create": undefined;
  "comment:reply": CommentSubject;
  "comment:edit": CommentSubject;
  "comment:delete": CommentSubject;
  "comment:vote": CommentSubject;
  "comment:remove": CommentSubject;
  "comment:restore": CommentSubject;
};

export type Action = keyof Rules;

export function can<A extends Action>(actor: Actor, action: A, subject: Rules[A], now = new Date()): boolean {
  switch (action) {
    case "discussion:read":
      return true;
    case "comment:create":
      return active(actor, now);
    case "comment:reply": {
      const c = subject as CommentSubject;
      return active(actor, now) && c.status === "VISIBLE";
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
      return active(actor, now) && STAFF.includes(actor.role) && c.status !== "REMOVED_BY_MODERATOR";
    }
    case "comment:restore": {
      const c = subject as CommentSubject;
      return active(actor, now) && STAFF.includes(actor.role) && c.status === "REMOVED_BY_MODERATOR";
    }
    default:
      return false;
  }
}

export class ForbiddenError extends Error {
  constructor(action: Action) {
    super(`Not allowed: ${action}`);
  }
}

export function authorize<A extends Action>(actor: Actor, action: A, subject: Rules[A]): void {
  if (!can(actor, action, subject)) throw new ForbiddenError(action);
}
