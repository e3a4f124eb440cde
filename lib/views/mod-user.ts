import "server-only";
import { formatDate, formatDateTime } from "@/lib/format";
import type { CommentStatus, ModActionKind, ReportStatus, Role } from "@/lib/generated/prisma/enums";
import { attr, html, type SafeHtml, textarea } from "@/lib/html/html";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { allowed, STAFF_CACHE } from "@/lib/http/staff-pages";
import { htmlResponse, notFoundResponse, troubleResponse, userDocument } from "@/lib/http/serve-page";
import { getUserRecord, type UserRecord } from "@/lib/moderation/get-user-record";
import { REASON_LABELS } from "@/lib/moderation/reasons";
import { isSuspended, type UserSubject } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import {
  isBan,
  ROLE_LABELS,
  ROLES,
  SUSPEND_LENGTHS,
  SUSPENSION_REASON_MAX,
  type SuspendField,
} from "@/lib/validation/moderation-users";
import { formMessage } from "./comment-form";
import type { PageBody } from "./pages";

// Markup is written compact on purpose, as in comment-form.ts (.prettierrc leaves embedded HTML alone).

type EchoField = SuspendField | "role";

/** A form of this page that came back unsaved: which one, its message or field errors, and what was typed. */
export type ModUserEcho = {
  form: "suspend" | "lift" | "role";
  message?: string;
  fieldErrors?: Partial<Record<EchoField, string>>;
  values?: Partial<Record<EchoField, string>>;
};

export const modUserPath = (userId: string) => `/mod/users/${userId}`;

const COMMENT_STATUS: Record<CommentStatus, string> = {
  VISIBLE: "Visible",
  DELETED_BY_AUTHOR: "Deleted by the author",
  REMOVED_BY_MODERATOR: "Removed by a moderator",
  PENDING_REVIEW: "Awaiting review",
};

const REPORT_STATUS: Record<ReportStatus, string> = {
  OPEN: "Open",
  RESOLVED: "Resolved",
  REJECTED: "Rejected",
};

const ACTION_LABELS: Record<ModActionKind, string> = {
  REMOVE: "Removed a comment",
  RESTORE: "Restored a comment",
  APPROVE: "Approved a comment",
  REJECT_REPORTS: "Rejected the reports on a comment",
  SUSPEND: "Suspended",
  BAN: "Banned",
  LIFT: "Lifted the suspension",
  LOCK: "Locked a discussion",
  UNLOCK: "Unlocked a discussion",
  ROLE_CHANGE: "Changed the role",
  PIN: "Pinned a thread",
  UNPIN: "Unpinned a thread",
};

function time(d: Date, withTime = true): SafeHtml {
  return html`<time datetime="${d.toISOString()}">${withTime ? formatDateTime(d) : formatDate(d)}</time>`;
}

/** "Suspended until …", "Banned permanently" or "Active", with the reason when there is one. */
function suspensionState(user: UserRecord["user"]): SafeHtml {
  const until = user.suspendedUntil;
  if (!until || !isSuspended(user)) return html`Active`;
  const state = isBan(until) ? html`Banned permanently` : html`Suspended until ${time(until)}`;
  return user.suspensionReason ? html`${state}. Reason: ${user.suspensionReason}` : state;
}

function fieldError(id: string, error: string | undefined): SafeHtml {
  return error ? html`<span id="${id}-error" class="field-error" role="alert">${error}</span>` : html``;
}

function describedBy(id: string, error: string | undefined, help?: boolean): SafeHtml {
  const ids = [error ? `${id}-error` : "", help ? `${id}-help` : ""].filter(Boolean).join(" ");
  return html`${attr("aria-describedby", ids || undefined)}${attr("aria-invalid", error ? "true" : undefined)}`;
}

function suspendForm(userId: string, echo: ModUserEcho | undefined): SafeHtml {
  const mine = echo?.form === "suspend" ? echo : undefined;
  const errors = mine?.fieldErrors ?? {};
  const values = mine?.values ?? {};
  const length = values.length ?? "7d";
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const options = SUSPEND_LENGTHS.map(
    (l) => html`<option value="${l.value}" ${attr("selected", l.value === length)}>${l.label}</option>`,
  );
  return html`<section class="mod-section" aria-labelledby="suspend-title">
    <h2 id="suspend-title">Suspend or ban</h2>
    <form method="post" action="${modUserPath(userId)}/suspend" class="mod-form">
      ${formMessage(mine?.message)}
      <p class="field">
        <label for="suspend-length">Length</label
        ><select id="suspend-length" name="length" ${describedBy("suspend-length", errors.length)}>
          ${options}</select
        >${fieldError("suspend-length", errors.length)}
      </p>
      <p class="field">
        <label for="suspend-until">Until</label
        ><input
          type="date"
          id="suspend-until"
          name="until"
          min="${tomorrow}"
          value="${values.until ?? ""}"
          ${describedBy("suspend-until", errors.until, true)}
        /><span id="suspend-until-help" class="field-help"
          >For “Until a date”: the suspension ends as that day starts (UTC).</span
        >${fieldError("suspend-until", errors.until)}
      </p>
      <p class="field">
        <label for="suspend-reason">Reason</label
        >${textarea(html`id="suspend-reason" name="reason" rows="3" required maxlength="${SUSPENSION_REASON_MAX}"${describedBy("suspend-reason", errors.reason, true)}`, values.reason)}<span
          id="suspend-reason-help"
          class="field-help"
          >Shown to them when they try to sign in. At most ${SUSPENSION_REASON_MAX} characters.</span
        >${fieldError("suspend-reason", errors.reason)}
      </p>
      <input type="hidden" name="returnTo" value="${modUserPath(userId)}" />
      <p>
        Suspend for the chosen length, or ban permanently (the length is then ignored). Either signs them out
        everywhere.
      </p>
      <p>
        <button type="submit" name="intent" value="suspend">Suspend</button>
        <button type="submit" name="intent" value="ban">Ban</button>
      </p>
    </form>
  </section>`;
}

function liftForm(userId: string, echo: ModUserEcho | undefined): SafeHtml {
  const mine = echo?.form === "lift" ? echo : undefined;
  return html`<form method="post" action="${modUserPath(userId)}/lift" class="mod-form inline-form">
    ${formMessage(mine?.message)}<input type="hidden" name="returnTo" value="${modUserPath(userId)}" /><button
      type="submit"
    >
      Lift suspension
    </button>
  </form>`;
}

function roleForm(userId: string, current: Role, echo: ModUserEcho | undefined): SafeHtml {
  const mine = echo?.form === "role" ? echo : undefined;
  const error = mine?.fieldErrors?.role;
  const selected = mine?.values?.role ?? current;
  const options = ROLES.map(
    (r) => html`<option value="${r}" ${attr("selected", r === selected)}>${ROLE_LABELS[r]}</option>`,
  );
  return html`<section class="mod-section" aria-labelledby="role-title">
    <h2 id="role-title">Role</h2>
    <form method="post" action="${modUserPath(userId)}/role" class="mod-form">
      ${formMessage(mine?.message)}
      <p class="field">
        <label for="role-select">Role</label
        ><select id="role-select" name="role" ${describedBy("role-select", error)}>
          ${options}</select
        >${fieldError("role-select", error)}
      </p>
      <input type="hidden" name="returnTo" value="${modUserPath(userId)}" />
      <p><button type="submit">Change role</button></p>
    </form>
  </section>`;
}

function commentsList(comments: UserRecord["comments"]): SafeHtml {
  if (!comments.length) return html`<p class="empty">No comments.</p>`;
  return html`<ol class="mod-list">
    ${comments.map(
      (c) =>
        html`<li>
          <a href="/comments/${c.id}">Comment ${c.id}</a>${c.articleTitle ? html` on “${c.articleTitle}”` : ""} ·
          ${time(c.createdAt)} ·
          <strong>${COMMENT_STATUS[c.status]}</strong
          >${c.excerpt ? html`<blockquote>${c.excerpt}${c.truncated ? "…" : ""}</blockquote>` : ""}
        </li>`,
    )}
  </ol>`;
}

function reportsList(reports: UserRecord["reports"]): SafeHtml {
  if (!reports.length) return html`<p class="empty">No reports against their comments.</p>`;
  return html`<ol class="mod-list">
    ${reports.map(
      (r) =>
        html`<li>
          <strong>${REASON_LABELS[r.reason] ?? r.reason}</strong>${r.detail ? html`: ${r.detail}` : ""} · on
          <a href="/comments/${r.commentId}">comment ${r.commentId}</a> · by ${r.reporterName} · ${time(r.createdAt)} ·
          ${REPORT_STATUS[r.status] ?? r.status}
        </li>`,
    )}
  </ol>`;
}

function roleOf(value: unknown): string | undefined {
  const role = (value as { role?: unknown } | null)?.role;
  return typeof role === "string" && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : undefined;
}

function actionText(a: UserRecord["actions"][number]): SafeHtml {
  switch (a.action) {
    case "SUSPEND":
      return a.expiresAt ? html`Suspended until ${time(a.expiresAt)}` : html`Suspended`;
    case "BAN":
      return html`Banned permanently`;
    case "ROLE_CHANGE":
      return html`Changed the role from ${roleOf(a.before) ?? "?"} to ${roleOf(a.after) ?? "?"}`;
    default: {
      const label = ACTION_LABELS[a.action] ?? a.action;
      return a.targetCommentId
        ? html`${label} (<a href="/comments/${a.targetCommentId}">comment ${a.targetCommentId}</a>)`
        : html`${label}`;
    }
  }
}

function actionsList(actions: UserRecord["actions"]): SafeHtml {
  if (!actions.length) return html`<p class="empty">No moderation actions yet.</p>`;
  return html`<ol class="mod-list">
    ${actions.map(
      (a) =>
        html`<li>
          ${actionText(a)} · by ${a.actorName} · ${time(a.createdAt)}${a.reason ? html` · Reason: ${a.reason}` : ""}
        </li>`,
    )}
  </ol>`;
}

/**
 * A user's moderation record (`/mod/users/{id}`): who they are and their standing, their
 * recent comments, the reports against them and what moderators did, with the Suspend / Ban,
 * Lift and Role forms the viewer may use (the use cases check again on the post).
 */
export async function modUserPage(input: {
  userId: string;
  viewer: CurrentUser;
  echo?: ModUserEcho;
}): Promise<PageBody | null> {
  const { userId, viewer, echo } = input;
  const record = await getUserRecord(viewer, userId);
  if (!record) return null;
  const { user, adminCount } = record;
  const subject: UserSubject = { id: user.id, role: user.role, suspendedUntil: user.suspendedUntil };
  const canSuspend = allowed(viewer, "user:suspend", subject);
  const canLift = allowed(viewer, "user:lift", subject);
  const canChangeRole = ROLES.some((to) => allowed(viewer, "user:change-role", { ...subject, to, adminCount }));
  const lastAdmin = viewer.role === "ADMIN" && user.role === "ADMIN" && adminCount <= 1;

  const forms = [
    canLift ? liftForm(user.id, echo) : "",
    canSuspend ? suspendForm(user.id, echo) : "",
    canChangeRole ? roleForm(user.id, user.role, echo) : "",
    lastAdmin ? html`<p>This is the only admin: their role cannot be changed until there is another.</p>` : "",
  ];
  const main = html`<h1>Moderation: ${user.displayName}</h1>
    <dl class="mod-facts">
      <dt>Role</dt>
      <dd>${ROLE_LABELS[user.role]}</dd>
      <dt>Joined</dt>
      <dd>${time(user.createdAt, false)}</dd>
      <dt>Status</dt>
      <dd>${suspensionState(user)}</dd>
    </dl>
    ${forms}
    <section class="mod-section" aria-labelledby="comments-title">
      <h2 id="comments-title">Recent comments</h2>
      ${commentsList(record.comments)}
    </section>
    <section class="mod-section" aria-labelledby="reports-title">
      <h2 id="reports-title">Reports against their comments</h2>
      ${reportsList(record.reports)}
    </section>
    <section class="mod-section" aria-labelledby="actions-title">
      <h2 id="actions-title">Moderation history</h2>
      ${actionsList(record.actions)}
      <p>
        <a href="/mod/log?user=${encodeURIComponent(user.id)}"
          >Every action on ${user.displayName} in the moderation log</a
        >
      </p>
    </section>`;
  return { title: `Moderation: ${user.displayName}`, main };
}

/**
 * The page again after one of its forms was not saved: the error beside the field and what
 * was typed kept. If even the page cannot be read, the reason text comes back on the trouble page.
 */
export async function modUserFormPage(viewer: CurrentUser, userId: string, echo: ModUserEcho, status: number) {
  const path = modUserPath(userId);
  try {
    const body = await modUserPage({ userId, viewer, echo });
    if (!body) return await notFoundResponse(viewer, path);
    return await htmlResponse(await userDocument(body, viewer, path), status, STAFF_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError)
      return troubleResponse(trouble, "moderation form", echo.values?.reason);
    throw e;
  }
}
