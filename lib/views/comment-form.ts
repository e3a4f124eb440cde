import { attr, html, type SafeHtml, textarea, trusted } from "@/lib/html/html";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/comment";

// Markup is written compact on purpose (.prettierrc: embedded HTML is not reformatted): every
// byte is sent with every page, and whitespace between inline elements is visible.

/**
 * What a comment form shows again after a post that did not save (no JavaScript) or a
 * Preview: the text as typed, and the message, field error or preview that came with it.
 */
export type FormEcho = {
  /** The form the text came from: a new comment or reply, or the edit of a comment. */
  target: { kind: "comment"; parentId?: number } | { kind: "edit"; commentId: number };
  body: string;
  message?: string;
  fieldError?: string;
  /** Sanitized HTML of the text, rendered exactly as saving would. */
  preview?: string;
};

export function formMessage(message: string | undefined): SafeHtml {
  return message ? html`<p class="form-message" role="alert">${message}</p>` : html``;
}

/**
 * A markdown textarea with Write / Preview. Both are submit buttons (intent=write|preview), so
 * the toggle works without JavaScript; the enhancer does the same in place. (The newline after
 * `<textarea>` is dropped by the HTML parser, so text that starts with one keeps it.)
 */
export function markdownField(input: {
  id: string;
  label: string;
  body: string;
  error?: string;
  preview?: string;
  autofocus?: boolean;
}): SafeHtml {
  const { id, label, body, error, preview, autofocus } = input;
  const showPreview = preview !== undefined;
  const describedBy = error ? `${id}-error ${id}-help` : `${id}-help`;
  const invalid = attr("aria-invalid", error ? "true" : undefined);
  const field = textarea(
    html`id="${id}" name="body" rows="7" required maxlength="${COMMENT_MAX_LENGTH}"${invalid}
    aria-describedby="${describedBy}"${attr("autofocus", autofocus)}`,
    body,
  );
  const errorNote = error ? html`<span id="${id}-error" class="field-error" role="alert">${error}</span>` : "";
  return html`<div class="md-field">
    <div class="md-tabs" role="group" aria-label="${label}: editor mode">
      <button
        type="submit"
        name="intent"
        value="write"
        formnovalidate
        class="md-tab"
        aria-pressed="${String(!showPreview)}"
      >
        Write</button
      ><button
        type="submit"
        name="intent"
        value="preview"
        formnovalidate
        class="md-tab"
        aria-pressed="${String(showPreview)}"
      >
        Preview
      </button>
    </div>
    <section class="md-preview" aria-label="Preview" ${attr("hidden", !showPreview)}>
      <div class="comment__content">${trusted(preview ?? "")}</div>
    </section>
    <p class="field" ${attr("hidden", showPreview)}>
      <label for="${id}">${label}</label>${field}<span id="${id}-help" class="field-help"
        >Markdown works: **bold**, *italic*, [links](https://example.com), &gt; quotes, lists.</span
      >${errorNote}
    </p>
  </div>`;
}

/** "Logged in as {name}. Log out", above the reply form (WordPress's wording). */
export function loggedInAs(name: string, returnTo: string): SafeHtml {
  return html`<div class="logged-in-as">Logged in as ${name}. ${signOutForm("Log out", returnTo)}</div>`;
}

export function signOutForm(label: string, returnTo: string): SafeHtml {
  return html`<form method="post" action="/signout" class="inline-form">
    <input type="hidden" name="returnTo" value="${returnTo}" /><button type="submit" class="link-button">
      ${label}
    </button>
  </form>`;
}

/**
 * "Leave a Reply": the form for a new comment, or a reply when it sits under a comment. The
 * enhancer moves it under a comment on "Reply" and back on "Cancel reply", as WordPress's
 * comment-reply script does; data-default-* say where it belongs when not replying.
 */
export function respondForm(input: {
  discussionId: number;
  pageHref: string;
  requestKey: string;
  userName: string;
  /** Where a reply goes when the form is not under a comment (a thread page's root), and its title. */
  defaultParent?: { id: number; name: string };
  /** The comment the form is under now (`?replytocom=`), if any. */
  replyTo?: { id: number; name: string };
  echo?: FormEcho;
  /** A message above the field when there is no echo's (a reply link that cannot be followed). */
  notice?: string;
}): SafeHtml {
  const { discussionId, pageHref, requestKey, userName, defaultParent, replyTo, echo, notice } = input;
  const defaultTitle = defaultParent ? `Leave a Reply to ${defaultParent.name}` : "Leave a Reply";
  const target = replyTo ?? defaultParent;
  const title = replyTo ? `Leave a Reply to ${replyTo.name}` : defaultTitle;
  const cancelHref = replyTo ? `${pageHref}#comment-${replyTo.id}` : `${pageHref}#comments`;
  const field = markdownField({
    id: "comment",
    label: "Comment",
    body: echo?.body ?? "",
    error: echo?.fieldError,
    preview: echo?.preview,
    autofocus: Boolean(replyTo),
  });
  return html`<div
    id="respond"
    class="respond"
    data-default-parent="${defaultParent?.id ?? ""}"
    data-default-title="${defaultTitle}"
  >
    <h2 id="reply-title" class="respond__title">${title}</h2>
    <p class="cancel-reply" ${attr("hidden", !replyTo)}><a href="${cancelHref}">Cancel reply</a></p>
    ${loggedInAs(userName, pageHref)}
    <form method="post" action="/comments" class="comment-form" aria-labelledby="reply-title">
      ${formMessage(echo?.message ?? notice)}${field}<input
        type="hidden"
        name="discussionId"
        value="${discussionId}"
      /><input type="hidden" name="parentId" value="${target?.id ?? ""}" /><input
        type="hidden"
        name="requestKey"
        value="${requestKey}"
      /><input type="hidden" name="returnTo" value="${pageHref}" />
      <p><button type="submit" class="comment-submit">Post Comment</button></p>
    </form>
  </div>`;
}

/** For readers who are not signed in, where the form would be. */
export function mustLogIn(signInHref: string): SafeHtml {
  return html`<div id="respond" class="respond">
    <h2 id="reply-title" class="respond__title">Leave a Reply</h2>
    <p class="must-log-in">You must be <a href="${signInHref}">logged in</a> to post a comment.</p>
  </div>`;
}

export function editForm(input: {
  commentId: number;
  body: string;
  returnTo: string;
  cancelHref: string;
  echo?: FormEcho;
}): SafeHtml {
  const { commentId, body, returnTo, cancelHref, echo } = input;
  return html`<form method="post" action="/comments/${commentId}/edit" class="comment-form comment-form--edit">
    ${formMessage(echo?.message)}${markdownField({ id: `edit-${commentId}`, label: "Edit comment", body: echo?.body ?? body, error: echo?.fieldError, preview: echo?.preview, autofocus: true })}<input
      type="hidden"
      name="returnTo"
      value="${returnTo}"
    />
    <p><button type="submit">Save</button> <a href="${cancelHref}">Cancel</a></p>
  </form>`;
}

/** A second step before deleting, so a stray click (or a no-JS form post) cannot lose a comment. */
export function deleteConfirm(commentId: number, returnTo: string, cancelHref: string): SafeHtml {
  return html`<form
    method="post"
    action="/comments/${commentId}/delete"
    class="delete-confirm"
    aria-label="Delete this comment"
  >
    <p>
      Delete this comment? Replies to it stay, under a “[deleted]” placeholder.
      <input type="hidden" name="returnTo" value="${returnTo}" /><button type="submit">Delete</button>
      <a href="${cancelHref}">Cancel</a>
    </p>
  </form>`;
}
