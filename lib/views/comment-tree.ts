import { attr, html, trusted, type SafeHtml } from "@/lib/html/html";
import { DISPLAY_DEPTH } from "@/lib/comments/limits";
import { commentPageHref, type DiscussionOwner } from "@/lib/comments/owner";
import { encodeCursor, type Sort } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import { formatDateTime, plural } from "@/lib/format";
import { can, isStaff } from "@/lib/policy";
import { reasonText } from "@/lib/moderation/reasons";
import type { CurrentUser } from "@/lib/session";
import { pageQuery, type Notice } from "@/lib/validation/page-params";
import { deleteConfirm, editForm, type FormEcho } from "./comment-form";
import { modButton, removeForm, reportForm } from "./mod-forms";
import { roleBadge } from "./role-badge";

export type ListContext = {
  /** URL of the page being rendered (path + sort + cursor), without hash. */
  pageHref: string;
  /** The comment's own thread page ("Continue this thread", "more replies"). */
  threadHref: (id: number, after?: string) => string;
  historyHref: (id: number) => string;
  signInHref: string;
  /** The reader; null renders the page every guest gets (the cached one). */
  user: CurrentUser | null;
  sort: Sort;
  editing?: { id: number; body: string };
  deleting?: number;
  /** The comment whose Remove (`?removecomment=`) or Report (`?reportcomment=`) form is open. */
  removing?: number;
  reporting?: number;
  /** The discussion takes no new comments or replies. */
  locked: boolean;
  /** Thread page: the permalinked comment, highlighted. */
  focusId?: number;
  /** What an Upvote or Delete that did not go through has to say, at its comment. */
  notice?: Notice;
  /** The edit form's text after a failed save or a Preview. */
  echo?: FormEcho;
  /** The "Leave a Reply" form, when it sits under one of these comments (`?replytocom=`). */
  respond?: { underId: number; markup: SafeHtml };
  /** One clock reading for the whole page's policy checks (under Next each `new Date()` costs). */
  now: Date;
};

/**
 * Levels a phone shows before "Continue this thread" (of DISPLAY_DEPTH on wider screens): the
 * page is the same for every screen (it is cached), so the deeper levels are there and CSS
 * hides them under `.comment--narrow-cut` at phone widths, unless they hold the linked comment
 * (`:target`) or the reply form.
 */
export const NARROW_DEPTH = 4;

export const NOTICE_TEXT: Record<Notice["kind"], string> = {
  busy: "That did not go through: the site is busy, or we can't reach the discussion right now. Please try again in a moment.",
  "slow-down": "You are voting too fast. Please wait a minute and try again.",
  reported: "Thank you. Your report was sent to the moderators.",
  "already-reported": "You have already reported this comment.",
  "report-limit": "You have sent as many reports as you can for today. Please try again tomorrow.",
  refused: "That is not possible for this comment (it may have changed meanwhile).",
  posted: "Your comment was posted.",
};

/** The links every comment on a page needs. */
export function listContext(
  input: Omit<ListContext, "threadHref" | "historyHref" | "signInHref" | "now"> & { owner: DiscussionOwner },
): ListContext {
  const { owner, pageHref, sort, ...rest } = input;
  return {
    ...rest,
    pageHref,
    sort,
    threadHref: (id, after) => `${commentPageHref(owner, id)}${pageQuery({ sort, after })}`,
    historyHref: (id) => `${commentPageHref(owner, id)}/history`,
    signInHref: `/signin?callbackUrl=${encodeURIComponent(`${pageHref}#respond`)}`,
    // A guest's page asks the policy nothing, and may be rendered where reading the clock is
    // not allowed (a cached page): the epoch stands in.
    now: rest.user ? new Date() : new Date(0),
  };
}

function withParam(href: string, key: string, value: number) {
  return `${href}${href.includes("?") ? "&" : "?"}${key}=${value}`;
}

export function commentList(nodes: CommentNode[], ctx: ListContext): SafeHtml {
  return html`<ol class="comment-list">
    ${nodes.map((n) => commentItem(n, ctx))}
  </ol>`;
}

/** Score, Upvote, Reply, Edit, Delete, Report, Remove under a visible comment; each works without JavaScript. */
function actions(node: CommentNode, ctx: ListContext, canEdit: boolean, canDelete: boolean): SafeHtml {
  const { user, locked } = ctx;
  const vote =
    user && can(user, "comment:vote", node, ctx.now)
      ? html`<form method="post" action="/comments/${node.id}/vote" class="inline-form vote-form">
          <input type="hidden" name="returnTo" value="${ctx.pageHref}" /><input
            type="hidden"
            name="vote"
            value="${node.votedByMe ? "none" : "up"}"
          /><button
            type="submit"
            class="link-button"
            aria-pressed="${String(node.votedByMe)}"
            aria-label="Upvote comment by ${node.authorName}"
          >
            ${node.votedByMe ? "▲ Upvoted" : "▲ Upvote"}
          </button>
        </form> `
      : "";
  const reply = locked
    ? ""
    : user
      ? html`<a
          class="comment-reply-link"
          href="${withParam(ctx.pageHref, "replytocom", node.id)}#respond"
          rel="nofollow"
          data-reply-to="${node.id}"
          aria-label="Reply to ${node.authorName}"
          >Reply</a
        >`
      : // Back, after signing in, to the reply form under this comment (not the one at the foot).
        html`<a
          href="/signin?callbackUrl=${encodeURIComponent(`${withParam(ctx.pageHref, "replytocom", node.id)}#respond`)}"
          rel="nofollow"
          aria-label="Log in to reply to ${node.authorName}"
          >Log in to Reply</a
        >`;
  const edit = canEdit
    ? html` <a
        href="${withParam(ctx.pageHref, "editcomment", node.id)}#comment-${node.id}"
        aria-label="Edit your comment"
        >Edit</a
      >`
    : "";
  const del = canDelete
    ? html` <a
        href="${withParam(ctx.pageHref, "deletecomment", node.id)}#comment-${node.id}"
        aria-label="Delete your comment"
        >Delete</a
      >`
    : "";
  const report =
    user && can(user, "comment:report", node, ctx.now)
      ? html` <a
          href="${withParam(ctx.pageHref, "reportcomment", node.id)}#comment-${node.id}"
          rel="nofollow"
          aria-label="Report comment by ${node.authorName}"
          >Report</a
        >`
      : "";
  const remove =
    user && can(user, "comment:remove", node, ctx.now)
      ? html` <a
          href="${withParam(ctx.pageHref, "removecomment", node.id)}#comment-${node.id}"
          rel="nofollow"
          aria-label="Remove comment by ${node.authorName}"
          >Remove</a
        >`
      : "";
  return html`<div class="comment__actions">
    <span class="comment__score" data-score="${node.score}"
      >${node.score === 0 ? "" : plural(node.score, "point", "points")}</span
    >
    ${vote}${reply}${edit}${del}${report}${remove}
  </div>`;
}

/**
 * A removed or held comment: its author sees the text and why; staff see the text, who
 * removed it and why, and Restore (or Approve); everyone else a placeholder (or nothing).
 */
function moderatedContent(node: CommentNode, ctx: ListContext): SafeHtml | null {
  const { user } = ctx;
  const staff = isStaff(user);
  const own = user !== null && user.id === node.authorId;
  const text = html`<div class="comment__content">${trusted(node.bodyHtml)}</div>`;
  if (node.status === "REMOVED_BY_MODERATOR") {
    const why = node.removalReason ? reasonText(node.removalReason, node.removalNote) : "no reason given";
    if (staff) {
      const restore = can(user, "comment:restore", node, ctx.now)
        ? modButton(`/comments/${node.id}/restore`, "Restore", ctx.pageHref, `Restore comment by ${node.authorName}`)
        : "";
      return html`<p class="mod-banner">Removed by ${node.removedByName ?? "a moderator"}: ${why}</p>
        ${text}
        <div class="comment__actions">${restore}</div>`;
    }
    if (own)
      return html`<p class="mod-banner">
          Your comment was removed by a moderator: ${why}. Only you and the moderators can see it.
        </p>
        ${text}`;
    return html`<p class="comment__content comment__content--gone">[removed by a moderator]</p>`;
  }
  if (node.status === "PENDING_REVIEW") {
    if (staff) {
      const approve = modButton(
        `/comments/${node.id}/approve`,
        "Approve",
        ctx.pageHref,
        `Approve comment by ${node.authorName}`,
      );
      const remove = html`<a
        href="${withParam(ctx.pageHref, "removecomment", node.id)}#comment-${node.id}"
        rel="nofollow"
        >Remove</a
      >`;
      return html`<p class="mod-banner">Held for review.</p>
        ${text}
        <div class="comment__actions">${approve} ${remove}</div>`;
    }
    if (own)
      return html`<p class="mod-banner">
          Awaiting moderation: only you and the moderators can see this comment until it is approved.
        </p>
        ${text}`;
    return null;
  }
  return html`<p class="comment__content comment__content--gone">[deleted]</p>`;
}

export function commentItem(node: CommentNode, ctx: ListContext): SafeHtml {
  const { user } = ctx;
  const visible = node.status === "VISIBLE";
  const atDepthLimit = node.level >= DISPLAY_DEPTH - 1;
  // At the depth limit replies move to their own page ("Continue this thread").
  const kids = atDepthLimit ? [] : node.children;
  const hidden = node.replyCount - kids.length;
  const lastChild = kids[kids.length - 1];
  // A deleted comment's author stays hidden everywhere, labels included.
  const shownName = visible ? node.authorName : "a deleted comment";
  const canEdit = user !== null && can(user, "comment:edit", node, ctx.now);
  const canDelete = user !== null && can(user, "comment:delete", node, ctx.now);
  const editing = canEdit && ctx.editing?.id === node.id ? ctx.editing : undefined;
  const here = `${ctx.pageHref}#comment-${node.id}`;
  const focus = ctx.focusId === node.id ? " comment__body--focus" : "";

  const author = visible ? html`<a href="/users/${node.authorId}">${node.authorName}</a>` : "[deleted]";
  // Beside the name, outside the <b> that names the article and that a quote cites: the role
  // badge, and for staff only (so never in the guests' cached pages) the way to moderate.
  const byline = visible
    ? html`${roleBadge(node.authorRole)}${isStaff(user) ? html` <a href="/mod/users/${node.authorId}" class="moderate-link" aria-label="Moderate ${node.authorName}">(moderate)</a>` : ""}`
    : "";
  const edited =
    node.editedAt && visible
      ? html` <a href="${ctx.historyHref(node.id)}" class="comment__edited"
          >edited<span class="visually-hidden"> — see earlier versions</span></a
        >`
      : "";
  const moderated = visible ? undefined : moderatedContent(node, ctx);
  // A post held for review is nobody's business but its author's and the moderators'.
  if (moderated === null) return html``;
  const content = editing
    ? editForm({
        commentId: node.id,
        body: editing.body,
        returnTo: ctx.pageHref,
        cancelHref: here,
        echo: ctx.echo?.target.kind === "edit" ? ctx.echo : undefined,
      })
    : visible
      ? html`<div class="comment__content">${trusted(node.bodyHtml)}</div>`
      : moderated!;
  const notice =
    ctx.notice?.commentId === node.id
      ? ctx.notice.kind === "posted"
        ? html`<p class="form-message form-message--done" role="status">${NOTICE_TEXT.posted}</p>`
        : html`<p class="form-message" role="alert">${NOTICE_TEXT[ctx.notice.kind]}</p>`
      : "";
  const confirm = canDelete && ctx.deleting === node.id ? deleteConfirm(node.id, ctx.pageHref, here) : "";
  const modForm =
    user && ctx.removing === node.id && can(user, "comment:remove", node, ctx.now)
      ? removeForm(node.id, ctx.pageHref, here)
      : user && ctx.reporting === node.id && can(user, "comment:report", node, ctx.now)
        ? reportForm(node.id, ctx.pageHref, here)
        : "";

  // On a phone (CSS, app/globals.css) the levels below this one give way to the same link.
  const narrowCut = node.level === NARROW_DEPTH - 1 && kids.length > 0;
  const narrowMore = narrowCut ? continueThread(node, ctx, shownName, "comment__more--narrow") : "";
  const more =
    atDepthLimit && node.replyCount > 0
      ? continueThread(node, ctx, shownName)
      : !atDepthLimit && hidden > 0
        ? moreReplies(node, ctx, hidden, lastChild ? encodeCursor(ctx.sort, lastChild) : undefined, shownName)
        : "";

  return html`<li
    class="comment${narrowCut ? " comment--narrow-cut" : ""}"
    data-replies="${node.descendantCount}"
    data-author="${shownName}"
  >
    <article id="comment-${node.id}" class="comment__body${focus}" aria-labelledby="comment-${node.id}-author">
      <footer class="comment__meta">
        <b id="comment-${node.id}-author" class="comment__author">${author}</b>${byline}
        <a href="/comments/${node.id}" class="comment__permalink"
          ><time datetime="${node.createdAt.toISOString()}">${formatDateTime(node.createdAt)}</time></a
        >${edited}
      </footer>
      ${content}${notice}${confirm}${modForm}${visible && !editing ? actions(node, ctx, canEdit, canDelete) : ""}
    </article>
    <div id="replies-${node.id}" class="comment__replies">
      ${ctx.respond?.underId === node.id ? ctx.respond.markup : ""}${narrowMore}${
        kids.length > 0
          ? html`<ol class="children">
              ${kids.map((c) => commentItem(c, ctx))}
            </ol>`
          : ""
      }${more}
    </div>
  </li>`;
}

/** "Continue this thread (n replies)": the comment's own page, where its replies go on. */
function continueThread(node: CommentNode, ctx: ListContext, name: string, modifier = "") {
  return html`<nav class="comment__more${modifier ? ` ${modifier}` : ""}" aria-label="More of the thread under ${name}">
    <a href="${ctx.threadHref(node.id)}">Continue this thread</a> (${plural(node.descendantCount, "reply", "replies")})
  </nav>`;
}

/** "{n} more replies": the replies' own page without JavaScript; the enhancer loads them in place. */
function moreReplies(node: CommentNode, ctx: ListContext, hidden: number, after: string | undefined, name: string) {
  return html`<nav class="comment__more" aria-label="More replies to ${name}">
    <a
      href="${ctx.threadHref(node.id, after)}"
      data-more-replies="${node.id}"
      ${attr("data-after", after)}
      data-level="${node.level}"
      data-remaining="${hidden}"
      >${plural(hidden, "more reply", "more replies")}</a
    >
  </nav>`;
}
