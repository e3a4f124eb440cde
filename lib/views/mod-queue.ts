import { html, type SafeHtml } from "@/lib/html/html";
import { formatDateTime, plural } from "@/lib/format";
import type { QueueComment, QueueSection, ReportedComment } from "@/lib/moderation/list-queue";
import { REASON_LABELS, reasonText } from "@/lib/moderation/reasons";
import { REJECT_NOTE_MAX } from "@/lib/validation/moderation";
import { modButton, removeForm } from "./mod-forms";
import type { PageBody } from "./pages";

const QUEUE = "/mod";

function inContext(id: number, placeTitle: string | null): SafeHtml {
  return placeTitle
    ? html`<a href="/comments/${id}">See comment ${id} in context</a> (on “${placeTitle}”)`
    : html`comment ${id}`;
}

function author(id: string, name: string): SafeHtml {
  return html`<a href="/mod/users/${id}">${name}</a>`;
}

function reportedItem(r: ReportedComment, returnTo: string): SafeHtml {
  const snapshots = [...new Set(r.reports.map((x) => x.snapshot))];
  const changed = snapshots.some((s) => s !== r.currentText);
  const open = r.status === "VISIBLE" || r.status === "PENDING_REVIEW";
  return html`<li class="queue-item">
    <article aria-labelledby="q-${r.commentId}">
      <h3 id="q-${r.commentId}">
        ${plural(r.reportCount, "report", "reports")} on a comment by ${author(r.authorId, r.authorName)}
      </h3>
      <p>Reasons: ${r.reasons.map((x) => REASON_LABELS[x]).join(", ")} · ${inContext(r.commentId, r.placeTitle)}</p>
      <ul class="queue-reports">
        ${r.reports.map(
          (x) =>
            html`<li>
              ${x.reporter}: ${REASON_LABELS[x.reason]}${x.detail ? html` — “${x.detail}”` : ""}
              <time datetime="${x.at}">${formatDateTime(new Date(`${x.at}Z`))}</time>
            </li>`,
        )}
      </ul>
      <h4>Text when reported</h4>
      ${snapshots.map((s) => html`<blockquote class="queue-text">${s}</blockquote>`)}${
        changed
          ? html`<h4>Text now</h4>
              <blockquote class="queue-text">${r.currentText}</blockquote>`
          : ""
      }${
        open
          ? html`<div class="queue-actions">
              ${removeForm(r.commentId, returnTo, returnTo)}
              <form
                method="post"
                action="/comments/${r.commentId}/reject-reports"
                class="mod-form"
                aria-label="Reject the reports on comment ${r.commentId}"
              >
                <p class="field">
                  <label for="reject-note-${r.commentId}">Note (optional)</label
                  ><textarea
                    id="reject-note-${r.commentId}"
                    name="note"
                    rows="2"
                    maxlength="${REJECT_NOTE_MAX}"
                  ></textarea>
                </p>
                <input type="hidden" name="returnTo" value="${returnTo}" />
                <p><button type="submit">Reject the reports</button></p>
              </form>
            </div>`
          : html`<p>
                This comment is no longer visible (${r.status === "REMOVED_BY_MODERATOR" ? "removed" : "deleted"}).
              </p>
              ${modButton(`/comments/${r.commentId}/reject-reports`, "Close the reports", returnTo)}`
      }
    </article>
  </li>`;
}

function heldItem(c: QueueComment, returnTo: string): SafeHtml {
  return html`<li class="queue-item">
    <article aria-labelledby="h-${c.id}">
      <h3 id="h-${c.id}">Held post by ${author(c.authorId, c.authorName)}</h3>
      <p>
        <time datetime="${c.createdAt.toISOString()}">${formatDateTime(c.createdAt)}</time> ·
        ${inContext(c.id, c.placeTitle)}
      </p>
      <blockquote class="queue-text">${c.body}</blockquote>
      <div class="queue-actions">
        ${modButton(`/comments/${c.id}/approve`, "Approve", returnTo, `Approve the post by ${c.authorName}`)}${removeForm(c.id, returnTo, returnTo)}
      </div>
    </article>
  </li>`;
}

function removedItem(c: QueueComment, returnTo: string): SafeHtml {
  const why = c.removalReason ? reasonText(c.removalReason, c.removalNote) : "no reason given";
  return html`<li class="queue-item">
    <p>
      A comment by ${author(c.authorId, c.authorName)}, removed by
      ${c.removedByName ?? "a moderator"}${c.removedAt ? html` <time datetime="${c.removedAt.toISOString()}">${formatDateTime(c.removedAt)}</time>` : ""}:
      ${why} · ${inContext(c.id, c.placeTitle)}
    </p>
    <blockquote class="queue-text">${c.body}</blockquote>
    ${modButton(`/comments/${c.id}/restore`, "Restore", returnTo, `Restore the comment by ${c.authorName}`)}
  </li>`;
}

function section(
  id: QueueSection,
  title: string,
  items: SafeHtml[],
  empty: string,
  next: string | null,
  paging: boolean,
) {
  const pager =
    paging || next
      ? html`<nav class="comment-pager" aria-label="${title}: pages">
          ${paging ? html`<a href="${QUEUE}">← Back to the whole queue</a>` : html`<span></span>`}${next ? html`<a href="${QUEUE}?${id}=${encodeURIComponent(next)}">Older →</a>` : ""}
        </nav>`
      : "";
  return html`<section aria-labelledby="${id}-title">
    <h2 id="${id}-title">${title}</h2>
    ${
      items.length
        ? html`<ol class="queue">
            ${items}
          </ol>`
        : html`<p class="empty">${empty}</p>`
    }${pager}
  </section>`;
}

type Paged<T> = { items: T[]; next: string | null };

/**
 * `/mod`: open reports grouped per comment, held posts, recent removals, each resolved in
 * place; `paging` shows a later page of one section alone.
 */
export function queuePage(input: {
  reported: Paged<ReportedComment>;
  held: Paged<QueueComment>;
  removed: Paged<QueueComment>;
  paging?: { section: QueueSection; at: string };
}): PageBody {
  const { paging } = input;
  const here = paging ? `${QUEUE}?${paging.section}=${encodeURIComponent(paging.at)}` : QUEUE;
  const show = (s: QueueSection) => !paging || paging.section === s;
  const more = Boolean(paging);
  const main = html`<h1>Moderation queue</h1>
    <p><a href="/mod/log">Moderation log</a></p>
    ${[
      show("reports")
        ? section(
            "reports",
            "Reported comments",
            input.reported.items.map((r) => reportedItem(r, here)),
            "No open reports.",
            input.reported.next,
            more,
          )
        : "",
      show("held")
        ? section(
            "held",
            "Held for review",
            input.held.items.map((c) => heldItem(c, here)),
            "No posts are waiting.",
            input.held.next,
            more,
          )
        : "",
      show("removed")
        ? section(
            "removed",
            "Recently removed",
            input.removed.items.map((c) => removedItem(c, here)),
            "Nothing removed lately.",
            input.removed.next,
            more,
          )
        : "",
    ]}`;
  return { title: "Moderation queue", main };
}
