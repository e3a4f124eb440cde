import { commentPageHref, type DiscussionOwner } from "@/lib/comments/owner";
import type { CommentRow } from "@/lib/comments/types";
import { formatDateTime, plural } from "@/lib/format";
import { html, trusted, type SafeHtml } from "@/lib/html/html";

function nameOf(row: CommentRow): string {
  return row.status === "VISIBLE" ? row.authorName : "[deleted]";
}

/** Names down the chain, the first and the last two when it is long: "Ana › … › Ben › Cy". */
function trailNames(rows: CommentRow[]): string {
  const names = rows.map(nameOf);
  return (names.length > 3 ? [names[0], "…", ...names.slice(-2)] : names).join(" › ");
}

/**
 * Above a comment on its own page ("Continue this thread", permalinks): the comments it
 * answers, as a folded breadcrumb (names, and a two-line excerpt each when opened) rather
 * than the whole chain again, then a marker naming where this page picks the thread up.
 */
export function ancestorTrail(owner: DiscussionOwner, rows: CommentRow[], omitted: number): SafeHtml {
  const parent = rows[rows.length - 1];
  if (!parent) return html``;
  const items = rows.map((r) => {
    const excerpt =
      r.status === "VISIBLE"
        ? html`<div class="ancestor__excerpt">${trusted(r.bodyHtml)}</div>`
        : html`<p class="ancestor__excerpt comment__content--gone">
            ${r.status === "REMOVED_BY_MODERATOR" ? "[removed by a moderator]" : "[deleted]"}
          </p>`;
    return html`<li>
      <a href="${commentPageHref(owner, r.id)}#comment-${r.id}">${nameOf(r)}</a> ·
      <time datetime="${r.createdAt.toISOString()}">${formatDateTime(r.createdAt)}</time>${excerpt}
    </li>`;
  });
  const count = rows.length + omitted;
  return html`<details class="ancestors">
      <summary>
        Earlier in this thread: ${plural(count, "comment", "comments")}
        <span class="ancestors__names">(${trailNames(rows)})</span>
      </summary>
      <ol class="ancestors__list" start="${omitted + 1}">
        ${items}
      </ol>
    </details>
    <p class="continuing">
      Continuing the thread under
      <a href="${commentPageHref(owner, parent.id)}#comment-${parent.id}">${nameOf(parent)}</a>’s comment
    </p>`;
}
