import { html, type SafeHtml } from "@/lib/html/html";
import type { CommentPage } from "@/lib/comments/list-comment-page";
import { closedText, type DiscussionOwner } from "@/lib/comments/owner";
import { SORT_LABELS, SORTS } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import type { CurrentUser } from "@/lib/session";
import { pageQuery, type DiscussionParams } from "@/lib/validation/page-params";
import { can } from "@/lib/policy";
import { mustLogIn, respondForm, type FormEcho } from "./comment-form";
import { modButton } from "./mod-forms";
import { commentList, listContext } from "./comment-tree";

export function findNode(nodes: CommentNode[], id: number): CommentNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Hangs the page's comments under the focused comment of a thread page's chain. */
function attach(node: CommentNode, focusId: number, comments: CommentNode[]): CommentNode {
  if (node.id === focusId) return { ...node, replyCount: comments.length, children: comments };
  return { ...node, children: node.children.map((c) => attach(c, focusId, comments)) };
}

export type DiscussionInput = {
  discussionId: number;
  page: CommentPage;
  /** Path of the page without query, e.g. `/articles/x` or a thread page. */
  basePath: string;
  query: DiscussionParams;
  owner: DiscussionOwner;
  /** The reader; null for the page every guest gets. */
  user: CurrentUser | null;
  /** Markdown source of the comment being edited (`?editcomment=`), when allowed. */
  editing?: { id: number; body: string };
  /** Thread page: the chain of ancestors down to the focused comment (`focusId`). */
  root?: CommentNode;
  focusId?: number;
  /** The text of a form that did not save, or was previewed, shown again. */
  echo?: FormEcho;
  /** When the discussion was locked (no new comments or replies), or null. */
  lockedAt: Date | null;
};

/** Sort, the comment tree, the pager and "Leave a Reply": the body of `<section id="comments">`. */
export function discussionHtml(input: DiscussionInput): SafeHtml {
  const { discussionId, page, basePath, query, owner, user, editing, root, focusId, echo, lockedAt } = input;
  const locked = lockedAt !== null;
  const { sort } = query;
  const pageHref = `${basePath}${pageQuery(query)}`;
  // On a thread page the focused comment's replies are the page itself; the pager, not a
  // "more replies" link, leads to the rest of them.
  const all = root && focusId !== undefined ? [attach(root, focusId, page.comments)] : page.comments;
  const focused = focusId !== undefined ? findNode(all, focusId) : undefined;
  const defaultParent = focused?.status === "VISIBLE" ? { id: focused.id, name: focused.authorName } : undefined;
  // A reply that did not save goes back under its comment, like `?replytocom=`.
  const echoParent = echo?.target.kind === "comment" ? echo.target.parentId : undefined;
  const replyId = echoParent !== undefined && echoParent !== defaultParent?.id ? echoParent : query.replytocom;
  const replyNode = replyId !== undefined && user ? findNode(all, replyId) : undefined;
  const replyTo = replyNode?.status === "VISIBLE" ? { id: replyNode.id, name: replyNode.authorName } : undefined;
  // A reply link to a comment that takes no reply here (removed, deleted, not this reader's to
  // see; one elsewhere was redirected to: lib/views/pages.ts): say where the form's text goes.
  const unreachable =
    user && echoParent === undefined && query.replytocom !== undefined && !replyTo
      ? `The comment you meant to reply to is not available. This form posts ${defaultParent ? `a reply to ${defaultParent.name}` : "a new comment"}.`
      : undefined;

  const ctx = listContext({
    owner,
    pageHref,
    sort,
    user,
    editing,
    deleting: query.deletecomment,
    removing: query.removecomment,
    reporting: query.reportcomment,
    locked,
    focusId,
    notice: query.notice,
    echo,
  });
  const respond = locked
    ? html`<div id="respond" class="respond"><p class="comments-closed" role="status">${closedText(owner)}</p></div>`
    : user
      ? respondForm({
          discussionId,
          pageHref,
          requestKey: crypto.randomUUID(),
          userName: user.name,
          defaultParent,
          replyTo,
          echo: echo?.target.kind === "comment" ? echo : undefined,
          notice: unreachable,
        })
      : mustLogIn(ctx.signInHref);
  if (replyTo && !locked) ctx.respond = { underId: replyTo.id, markup: respond };
  // Staff only: the cached page every guest gets is rendered with no user, so it never has this.
  const lockSubject = { lockedAt };
  const lockControl =
    user && can(user, locked ? "discussion:unlock" : "discussion:lock", lockSubject)
      ? html`<div class="mod-tools">
          ${modButton(`/mod/discussions/${discussionId}/lock`, locked ? "Unlock" : "Lock", pageHref, locked ? "Unlock comments" : "Lock comments", { state: locked ? "open" : "locked" })}
        </div>`
      : "";

  const sortNav = html`<nav class="comment-sort" aria-label="Sort comments">
    <span aria-hidden="true">Sort: </span>
    <ul>
      ${SORTS.map(
        (s) =>
          html`<li>
            <a href="${basePath}${pageQuery({ sort: s })}#comments" ${s === sort ? html` aria-current="true"` : ""}
              >${SORT_LABELS[s]}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
  const first = query.after
    ? html`<a href="${basePath}${pageQuery({ sort })}#comments">← First page</a>`
    : html`<span></span>`;
  const more = page.next
    ? html`<a href="${basePath}${pageQuery({ sort, after: page.next })}#comments">More comments →</a>`
    : "";
  const pager =
    query.after || page.next ? html`<nav class="comment-pager" aria-label="Comment pages">${first}${more}</nav>` : "";
  const list =
    all.length > 0
      ? commentList(all, ctx)
      : html`<p class="empty">${query.after ? "No more comments." : "No comments yet. Start the discussion."}</p>`;
  return html`${lockControl}${sortNav}${list}${pager}
    <div id="respond-home"></div>
    ${replyTo && !locked ? "" : respond}`;
}
