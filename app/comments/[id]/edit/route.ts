import type { NextRequest } from "next/server";
import { editComment } from "@/lib/comments/edit-comment";
import { NotFoundError, TooManyLinksError } from "@/lib/comments/errors";
import {
  discussionChanged,
  done,
  placeOf,
  failed,
  formContext,
  validForm,
  troubleAnswer,
} from "@/lib/http/comment-forms";
import { ForbiddenError } from "@/lib/policy";
import { editCommentSchema } from "@/lib/validation/comment";
import { idParam } from "@/lib/validation/page-params";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("comment edit", edit, typedFields({ Comment: "body" }));

/** "Save" on the edit form. */
async function edit(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const commentId = idParam((await params).id);
  if (commentId === undefined) return new Response("Comment not found", { status: 404 });
  const ctx = await formContext(request, () => ({ kind: "edit", commentId }));
  if (ctx instanceof Response) return ctx;
  const valid = await validForm(ctx, "edit", editCommentSchema, { ...Object.fromEntries(ctx.form), commentId });
  if ("done" in valid) return valid.done;
  const { user, data } = valid;
  const { log } = ctx;
  try {
    const { discussionId } = await editComment(user, data);
    discussionChanged(discussionId, false);
  } catch (e) {
    if (e instanceof TooManyLinksError) {
      log.info({ event: "comment.edit-too-many-links", userId: user.id }, "edit refused: too many links");
      return failed(ctx, user, 422, { fieldError: e.message });
    }
    if (e instanceof NotFoundError) {
      // Gone, or in a discussion this user may not read (a draft's): it does not exist for them.
      log.info({ event: "comment.edit-refused", userId: user.id, error: e.message }, "edit refused");
      return failed(ctx, user, 404, { message: "This comment is not available." });
    }
    if (e instanceof ForbiddenError) {
      log.info({ event: "comment.edit-refused", userId: user.id, error: e.message }, "edit refused");
      return failed(ctx, user, 409, {
        message: "This comment can no longer be edited (the 30-minute window may have closed).",
      });
    }
    return troubleAnswer(ctx, user, e, "edit");
  }
  log.info({ event: "comment.edited", userId: user.id, commentId }, "comment edited");
  return done(ctx.json, placeOf(ctx.returnTo, commentId));
}
