"use client";

import { FormMessage } from "@/components/forms/form-messages";
import Link from "next/link";
import { useActionState } from "react";
import { editCommentAction, type CommentField } from "@/app/actions/comments";
import type { FormState } from "@/lib/forms/form-state";
import { MarkdownField } from "./markdown-field";

type Props = { commentId: number; body: string; returnTo: string; cancelHref: string };

export function EditCommentForm({ commentId, body, returnTo, cancelHref }: Props) {
  const [state, action, pending] = useActionState<FormState<CommentField>, FormData>(editCommentAction, {});
  const error = state.fieldErrors?.body;
  const fieldId = `edit-${commentId}`;
  return (
    <form action={action} className="comment-form comment-form--edit">
      <FormMessage message={state.message} />
      <MarkdownField
        id={fieldId}
        label="Edit comment"
        defaultValue={state.values?.body ?? body}
        error={error}
        preview={state.preview}
        stateKey={state}
        autoFocus
      />
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p>
        <button type="submit" disabled={pending}>
          Save
        </button>{" "}
        <Link href={cancelHref} scroll={false}>
          Cancel
        </Link>
      </p>
    </form>
  );
}
