import { commentPageHref, type DiscussionOwner } from "@/lib/comments/owner";
import { formatDateTime, plural } from "@/lib/format";
import { html, trusted } from "@/lib/html/html";
import type { PageBody } from "./pages";

type Revision = { id: number; createdAt: Date; editorName: string; bodyHtml: string };

/** Every version of an edited comment (or forum reply), newest first: who wrote it and when. */
export function commentHistoryPage(
  comment: { id: number; authorName: string; owner: DiscussionOwner },
  revisions: Revision[],
): PageBody {
  const back = `${commentPageHref(comment.owner, comment.id)}#comment-${comment.id}`;
  const list = revisions.length
    ? html`<ol class="revision-list" reversed>
        ${revisions.map(
          (r, i) =>
            html`<li class="comment__body">
              <h2 class="revision__title">
                ${i === 0 ? "Current version" : i === revisions.length - 1 ? "Original" : "Earlier version"} —
                <time datetime="${r.createdAt.toISOString()}">${formatDateTime(r.createdAt)}</time> by ${r.editorName}
              </h2>
              <div class="comment__content">${trusted(r.bodyHtml)}</div>
            </li>`,
        )}
      </ol>`
    : html`<p class="empty">This comment has not been edited.</p>`;
  return {
    title: `Comment history: ${comment.authorName}’s comment`,
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="${back}">← Back to the comment</a></nav>
      <h1>History of ${comment.authorName}’s comment (${plural(revisions.length, "version", "versions")})</h1>
      ${list}`,
  };
}
