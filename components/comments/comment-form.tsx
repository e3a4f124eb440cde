"use client";

import { FormMessage } from "@/components/forms/form-messages";
import { useActionState } from "react";
import { postCommentAction, type CommentField } from "@/app/actions/comments";
import type { FormState } from "@/lib/forms/form-state";
import { MarkdownField } from "./markdown-field";

type Props = {
  /** Sent with the post: submitting this form twice writes one comment. */
  requestKey: string;
  discussionId: number;
  parentId?: number;
  replyToName?: string;
  cancel?: React.ReactNode; // the "Cancel reply" link
  children?: React.ReactNode; // "Logged in as …" line, rendered by the server
};

export function CommentForm({ requestKey, discussionId, parentId, replyToName, cancel, children }: Props) {
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
        <FormMessage message={state.message} />
        <MarkdownField
          id="comment"
          label="Comment"
          defaultValue={state.values?.body ?? ""}
          error={error}
          preview={state.preview}
          stateKey={state}
          autoFocus={Boolean(cancel)}
        />
        <input type="hidden" name="discussionId" value={discussionId} />
        <input type="hidden" name="requestKey" value={requestKey} />
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
