import { threadHref } from "@/lib/comments/owner";
import type { ThreadRow } from "@/lib/forum/list-threads";
import { formatDateTime, plural } from "@/lib/format";
import { html, trusted, type SafeHtml } from "@/lib/html/html";
import { roleBadge } from "./role-badge";

export function when(d: Date): SafeHtml {
  return html`<time datetime="${d.toISOString()}">${formatDateTime(d)}</time>`;
}

export function tagList(tags: string[]): SafeHtml | "" {
  return tags.length
    ? html`<ul class="tag-list" aria-label="Tags">
        ${tags.map((t) => html`<li class="tag">${t}</li>`)}
      </ul>`
    : "";
}

/** "Pinned", "Locked": words, not only icons, so every reader gets them. */
export function threadFlags(t: { pinned: boolean; locked: boolean }): SafeHtml {
  return html`${t.pinned ? html`<span class="thread-flag thread-flag--pinned">Pinned</span> ` : ""}${t.locked ? html`<span class="thread-flag thread-flag--locked">Locked</span> ` : ""}`;
}

/** One row of a thread list: what Discourse's latest list shows, as a list item. */
function threadRow(t: ThreadRow, h: "h2" | "h3"): SafeHtml {
  const last = t.lastPosterName
    ? html`last reply by ${t.lastPosterName}, ${when(t.lastActivityAt)}`
    : html`no replies yet, started ${when(t.createdAt)}`;
  return html`<li class="thread-row" id="thread-${t.id}">
    ${trusted(`<${h} class="thread-row__title">`)}${threadFlags(t)}<a href="${threadHref(t)}">${t.title}</a
    >${trusted(`</${h}>`)}
    <p class="thread-row__meta">
      by <a href="/users/${t.authorId}">${t.authorName}</a>${roleBadge(t.authorRole)} in
      <a href="/forum/${t.categorySlug}">${t.categoryName}</a> ·
      <span class="thread-row__replies">${plural(t.replyCount, "reply", "replies")}</span> ·
      ${plural(t.viewCount, "view", "views")} · ${last}
    </p>
    ${tagList(t.tags)}
  </li>`;
}

/** `h`: the rows' heading level under the page's headings. */
export function threadList(rows: ThreadRow[], label: string, h: "h2" | "h3"): SafeHtml {
  return html`<ol class="thread-list" aria-label="${label}">
    ${rows.map((t) => threadRow(t, h))}
  </ol>`;
}
