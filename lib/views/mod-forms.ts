import { html, type SafeHtml } from "@/lib/html/html";
import type { ModReason } from "@/lib/generated/prisma/enums";
import { REASON_LABELS, REASONS } from "@/lib/moderation/reasons";
import { REPORT_DETAIL_MAX, REMOVAL_NOTE_MAX } from "@/lib/validation/moderation";

// Moderation and report forms: plain forms that post to a route and come back (no JavaScript
// needed). The routes check the policy again; showing a form is never the protection.

function reasonSelect(id: string, label: string): SafeHtml {
  return html`<p class="field">
    <label for="${id}">${label}</label
    ><select id="${id}" name="reason" required>
      <option value="">Choose…</option>
      ${REASONS.map((r: ModReason) => html`<option value="${r}">${REASON_LABELS[r]}</option>`)}
    </select>
  </p>`;
}

/** "Remove" under a comment: a reason from the list and an optional note. */
export function removeForm(commentId: number, returnTo: string, cancelHref: string): SafeHtml {
  return html`<form
    method="post"
    action="/comments/${commentId}/remove"
    class="mod-form"
    aria-label="Remove this comment"
  >
    ${reasonSelect(`remove-reason-${commentId}`, "Reason for removal")}
    <p class="field">
      <label for="remove-note-${commentId}">Note (optional, shown with the reason)</label
      ><textarea id="remove-note-${commentId}" name="note" rows="2" maxlength="${REMOVAL_NOTE_MAX}"></textarea>
    </p>
    <input type="hidden" name="returnTo" value="${returnTo}" />
    <p><button type="submit">Remove</button> <a href="${cancelHref}">Cancel</a></p>
  </form>`;
}

/** "Report" under a comment: a reason and optional details for the moderators. */
export function reportForm(commentId: number, returnTo: string, cancelHref: string): SafeHtml {
  return html`<form
    method="post"
    action="/comments/${commentId}/report"
    class="mod-form"
    aria-label="Report this comment"
  >
    ${reasonSelect(`report-reason-${commentId}`, "Why are you reporting this comment?")}
    <p class="field">
      <label for="report-detail-${commentId}">Details for the moderators (optional)</label
      ><textarea id="report-detail-${commentId}" name="detail" rows="3" maxlength="${REPORT_DETAIL_MAX}"></textarea>
    </p>
    <input type="hidden" name="returnTo" value="${returnTo}" />
    <p><button type="submit">Send report</button> <a href="${cancelHref}">Cancel</a></p>
  </form>`;
}

/** A one-button moderation form (Restore, Approve, Lock, Unlock). */
export function modButton(
  action: string,
  label: string,
  returnTo: string,
  ariaLabel?: string,
  fields: Record<string, string> = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form mod-action">
    <input
      type="hidden"
      name="returnTo"
      value="${returnTo}"
    />${Object.entries(fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}<button
      type="submit"
      ${ariaLabel ? html` aria-label="${ariaLabel}"` : ""}
    >
      ${label}
    </button>
  </form>`;
}
