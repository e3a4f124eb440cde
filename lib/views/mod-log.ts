import { html, type SafeHtml } from "@/lib/html/html";
import { ownerHref, ownerOf } from "@/lib/comments/owner";
import { formatDateTime } from "@/lib/format";
import type { ModActionKind } from "@/lib/generated/prisma/enums";
import { LOG_ACTIONS, type LogEntry, type LogFilter } from "@/lib/moderation/list-log";
import type { PageBody } from "./pages";

export const ACTION_LABELS: Record<ModActionKind, string> = {
  REMOVE: "Removed a comment",
  RESTORE: "Restored a comment",
  APPROVE: "Approved a held post",
  REJECT_REPORTS: "Rejected reports",
  SUSPEND: "Suspended",
  BAN: "Banned",
  LIFT: "Lifted a suspension",
  LOCK: "Locked a discussion",
  UNLOCK: "Unlocked a discussion",
  ROLE_CHANGE: "Changed a role",
  PIN: "Pinned a thread",
  UNPIN: "Unpinned a thread",
};

function change(before: unknown, after: unknown): SafeHtml | string {
  if (!before && !after) return "";
  const show = (v: unknown) =>
    v && typeof v === "object"
      ? Object.entries(v)
          .map(([k, x]) => `${k}: ${String(x)}`)
          .join(", ")
      : "";
  return html`<span class="log-change"
    >${before ? html`before ${show(before)}` : ""}${before && after ? " → " : ""}${after ? html`after ${show(after)}` : ""}</span
  >`;
}

function entry(e: LogEntry): SafeHtml {
  const owner = ownerOf(e);
  const target = [
    e.targetUserId ? html`<a href="/mod/users/${e.targetUserId}">${e.targetUserName ?? "a deleted user"}</a>` : "",
    e.targetCommentId ? html` <a href="/comments/${e.targetCommentId}">comment ${e.targetCommentId}</a>` : "",
    !e.targetCommentId && owner
      ? html` <a href="${ownerHref(owner)}"
          >${owner.kind === "thread" ? "thread" : "discussion of"} “${owner.title}”</a
        >`
      : "",
  ];
  return html`<tr>
    <td><time datetime="${e.createdAt.toISOString()}">${formatDateTime(e.createdAt)}</time></td>
    <td><a href="/mod/log?actor=${e.actorId}">${e.actorName}</a></td>
    <td>${ACTION_LABELS[e.action]}</td>
    <td>${target}</td>
    <td>
      ${e.reason ?? ""}${e.expiresAt ? html` (until ${formatDateTime(e.expiresAt)})` : ""} ${change(e.before, e.after)}
    </td>
  </tr>`;
}

function query(filter: LogFilter, before?: number): string {
  const q = new URLSearchParams();
  if (filter.actor) q.set("actor", filter.actor);
  if (filter.user) q.set("user", filter.user);
  if (filter.action) q.set("action", filter.action);
  if (before) q.set("before", String(before));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** `/mod/log`: every moderation action, newest first, filtered by moderator, user and action. */
export function logPage(input: {
  entries: LogEntry[];
  next: number | null;
  filter: LogFilter;
  staff: { id: string; displayName: string }[];
}): PageBody {
  const { entries, next, filter, staff } = input;
  const form = html`<form method="get" action="/mod/log" class="log-filter">
    <p class="field">
      <label for="log-actor">Moderator</label
      ><select id="log-actor" name="actor">
        <option value="">Anyone</option>
        ${staff.map((s) => html`<option value="${s.id}" ${s.id === filter.actor ? html` selected` : ""}>${s.displayName}</option>`)}
      </select>
    </p>
    <p class="field">
      <label for="log-action">Action</label
      ><select id="log-action" name="action">
        <option value="">Any action</option>
        ${LOG_ACTIONS.map((a) => html`<option value="${a}" ${a === filter.action ? html` selected` : ""}>${ACTION_LABELS[a]}</option>`)}
      </select>
    </p>
    ${
      filter.user
        ? html`<input type="hidden" name="user" value="${filter.user}" />
            <p>Only actions on <a href="/mod/users/${filter.user}">this user</a> (<a href="/mod/log">show all</a>).</p>`
        : ""
    }
    <p><button type="submit">Filter</button></p>
  </form>`;
  const table = entries.length
    ? html`<table class="mod-log">
        <caption class="visually-hidden">
          Moderation actions, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Moderator</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Reason and change</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(entry)}
        </tbody>
      </table>`
    : html`<p class="empty">No actions match.</p>`;
  const pager = html`<nav class="comment-pager" aria-label="Log pages">
    ${filter.before ? html`<a href="/mod/log${query(filter)}">← Newest</a>` : html`<span></span>`}${next ? html`<a href="/mod/log${query(filter, next)}">Older →</a>` : ""}
  </nav>`;
  return {
    title: "Moderation log",
    main: html`<h1>Moderation log</h1>
      <p><a href="/mod">Moderation queue</a></p>
      ${form}${table}${pager}`,
  };
}
