import type { NextRequest } from "next/server";
import { editComment } from "@/lib/comments/edit-comment";
import { NotFoundError } from "@/lib/comments/errors";
import {
  discussionChanged,
  done,
  placeOf,
  failed,
  formContext,
  formUser,
  troubleAnswer,
} from "@/lib/http/comment-forms";
import { rateLimit } from "@/lib/http/rate-limit";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { ForbiddenError } from "@/lib/policy";
import { editCommentSchema } from "@/lib/validation/comment";
import { idParam } from "@/lib/validation/page-params";

/** "Save" on the edit form. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const commentId = idParam((await params).id);
  if (commentId === undefined) return new Response("Comment not found", { status: 404 });
  const ctx = await formContext(request, () => ({ kind: "edit", commentId }));
  if (ctx instanceof Response) return ctx;
  const pre = await formUser(ctx, "edit");
  if ("done" in pre) return pre.done;
  const { user } = pre;
  const { log } = ctx;

  const parsed = editCommentSchema.safeParse({ ...Object.fromEntries(ctx.form), commentId });
  if (!parsed.success) {
    log.info({ event: "comment.edit-invalid-input", userId: user.id }, "comment edit rejected: invalid input");
    const errors = fieldErrorsOf<"body">(parsed.error);
    return failed(
      ctx,
      user,
      422,
      errors.body ? { fieldError: errors.body } : { message: "This form could not be read." },
    );
  }
  const wait = await rateLimit("edit", user.id);
  if (wait) {
    log.warn({ event: "comment.edit-rate-limited", userId: user.id }, "edit rate limited");
    return failed(ctx, user, 429, { message: `You are editing too fast. Try again in ${wait} seconds.` });
  }
  try {
    const { discussionId } = await editComment(user, parsed.data);
    discussionChanged(discussionId, false);
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
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
