import { ownerHref, ownerOf } from "@/lib/comments/owner";
import { html, type SafeHtml } from "@/lib/html/html";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Notice } from "@/lib/moderation/list-notices";
import type { PageBody } from "./pages";

/** A ban is a suspension to the far future (lib/moderation/suspend-user.ts). */
const isPermanent = (d: Date | null) => d !== null && d.getUTCFullYear() >= 9999;

function where(n: Notice): SafeHtml | string {
  const owner = ownerOf(n);
  return owner ? html` on “<a href="${ownerHref(owner)}#comments">${owner.title}</a>”` : "";
}

function see(n: Notice): SafeHtml | string {
  return n.targetCommentId && n.commentExists
    ? html` <a href="/comments/${n.targetCommentId}">See the comment</a>.`
    : "";
}

function text(n: Notice): SafeHtml {
  const why = n.reason ? html`: ${n.reason}` : "";
  switch (n.action) {
    case "REMOVE":
      return html`A moderator removed your comment${where(n)}${why}. Only you and the moderators can still read
      it.${see(n)}`;
    case "RESTORE":
      return html`A moderator restored your comment${where(n)}: everyone can read it again.${see(n)}`;
    case "APPROVE":
      return html`A moderator approved your comment${where(n)}: it is now public.${see(n)}`;
    case "SUSPEND":
      return html`Your account was suspended until ${n.expiresAt ? formatDate(n.expiresAt) : "further notice"}${why}.`;
    case "BAN":
      return html`Your account was banned${isPermanent(n.expiresAt) ? " permanently" : ""}${why}.`;
    case "LIFT":
      return html`Your suspension was lifted: you can post again.`;
    default:
      return html`An administrator changed your role${why}.`;
  }
}

/** `/notices`: what moderators did to the reader's comments and account, and why. */
export function noticesPage(notices: Notice[]): PageBody {
  const list = notices.length
    ? html`<ol class="notices">
        ${notices.map((n) => html`<li><time datetime="${n.createdAt.toISOString()}">${formatDateTime(n.createdAt)}</time> — ${text(n)}</li>`)}
      </ol>`
    : html`<p class="empty">No notices: no moderator has acted on your comments or your account.</p>`;
  return {
    title: "Your notices",
    main: html`<h1>Your notices</h1>
      ${list}`,
  };
}
