"use client";

import { useActionState } from "react";
import { postCommentAction, type CommentField } from "@/app/actions/comments";
import type { FormState } from "@/lib/forms/form-state";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/comment";

type Props = {
  discussionId: number;
  parentId?: number;
  replyToName?: string;
  cancel?: React.ReactNode; // the "Cancel reply" link
  children?: React.ReactNode; // "Logged in as …" line, rendered by the server
};

export function CommentForm({ discussionId, parentId, replyToName, cancel, children }: Props) {
  const [state, formAction, pending] = useActionState<FormState<CommentField>, FormData>(postCommentAction, {});
  const error = state.fieldErrors?.body;
  return (
    <div id="respond" className="respond">
      <h2 id="reply-title" className="respond__title">
        {replyToName ? `Leave a Reply to ${replyToName}` : "Leave a Reply"}
      </h2>
      {cancel ? <p className="cancel-reply">{cancel}</p> : null}
      {children}
      <form action={formAction} className="comment-form" aria-labelledby="reply-title">
        {state.message ? (
          <p className="form-message" role="alert">
            {state.message}
          </p>
        ) : null}
        <p className="field">
          <label htmlFor="comment">Comment</label>
          <textarea
            id="comment"
            name="body"
            rows={7}
            required
            maxLength={COMMENT_MAX_LENGTH}
            defaultValue={state.values?.body ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "comment-error comment-help" : "comment-help"}
            autoFocus={Boolean(cancel)}
          />
          <span id="comment-help" className="field-help">
            Markdown works: **bold**, *italic*, [links](https://example.com), &gt; quotes, lists.
          </span>
          {error ? (
            <span id="comment-error" className="field-error">
              {error}
            </span>
          ) : null}
        </p>
        <input type="hidden" name="discussionId" value={discussionId} />
        {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
        <p>
          <button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? "Posting…" : "Post Comment"}
          </button>
        </p>
      </form>
    </div>
  );
}
