import { threadHref } from "@/lib/comments/owner";
import { formatDateTime, plural } from "@/lib/format";
import { attr, html, trusted } from "@/lib/html/html";
import { THREAD_TITLE_MAX, THREAD_TITLE_MIN } from "@/lib/validation/forum";
import { formMessage, markdownField } from "./comment-form";
import type { PageBody } from "./pages";

export type ThreadEditEcho = {
  title: string;
  body: string;
  errors?: { title?: string; body?: string };
  message?: string;
  preview?: string;
};

/** "Edit" under an opening post: its title and text, with Write / Preview; a plain form. */
export function threadEditPage(thread: { id: number; slug: string; title: string }, echo: ThreadEditEcho): PageBody {
  const href = threadHref(thread);
  const e = echo.errors ?? {};
  return {
    title: `Edit: ${thread.title}`,
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb">
        <a href="/forum">Forum</a> › <a href="${href}">${thread.title}</a>
      </nav>
      <h1 id="edit-thread-title">Edit the opening post</h1>
      <form method="post" action="/forum/t/${thread.id}/edit" class="thread-form" aria-labelledby="edit-thread-title">
        ${formMessage(echo.message)}
        <p class="field">
          <label for="thread-title">Title</label
          ><input
            id="thread-title"
            name="title"
            required
            minlength="${THREAD_TITLE_MIN}"
            maxlength="${THREAD_TITLE_MAX}"
            value="${echo.title}"
            ${attr("aria-invalid", e.title ? "true" : undefined)}${attr("aria-describedby", e.title ? "thread-title-error" : undefined)}
          />${e.title ? html`<span id="thread-title-error" class="field-error" role="alert">${e.title}</span>` : ""}
        </p>
        ${markdownField({ id: "thread-body", label: "Body", body: echo.body, error: e.body, preview: echo.preview })}
        <p><button type="submit">Save</button> <a href="${href}">Cancel</a></p>
      </form>`,
  };
}

/** Every version of an opening post, newest first, readable by everyone (as a comment's). */
export function threadHistoryPage(
  thread: { id: number; slug: string; title: string },
  revisions: { id: number; title: string; bodyHtml: string; createdAt: Date; editor: { displayName: string } }[],
): PageBody {
  const href = threadHref(thread);
  const list = revisions.length
    ? html`<ol class="revision-list" reversed>
        ${revisions.map(
          (r, i) =>
            html`<li class="comment__body">
              <h2 class="revision__title">
                ${i === 0 ? "Current version" : i === revisions.length - 1 ? "Original" : "Earlier version"} —
                <time datetime="${r.createdAt.toISOString()}">${formatDateTime(r.createdAt)}</time> by
                ${r.editor.displayName}
              </h2>
              <p><strong>${r.title}</strong></p>
              <div class="comment__content">${trusted(r.bodyHtml)}</div>
            </li>`,
        )}
      </ol>`
    : html`<p class="empty">This post has not been edited.</p>`;
  return {
    title: `History: ${thread.title}`,
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="${href}">← Back to the thread</a></nav>
      <h1>History of the opening post (${plural(revisions.length, "version", "versions")})</h1>
      ${list}`,
  };
}
