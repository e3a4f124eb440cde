"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createComment } from "@/lib/comments/create-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { locateComment } from "@/lib/comments/locate-comment";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/forms/form-state";
import { assertSameOrigin } from "@/lib/http/mutation";
import { rateLimit } from "@/lib/http/rate-limit";
import { requestLogger } from "@/lib/http/request-context";
import { ForbiddenError } from "@/lib/policy";
import { getCurrentUser } from "@/lib/session";
import { createCommentSchema } from "@/lib/validation/comment";

export type CommentField = "body";

export async function postCommentAction(
  _prev: FormState<CommentField>,
  formData: FormData,
): Promise<FormState<CommentField>> {
  await assertSameOrigin();
  const log = await requestLogger();
  const values = valuesOf(formData, ["body"] as const);
  const user = await getCurrentUser();
  if (!user) return { message: "You must be logged in to post a comment.", values };

  const parsed = createCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    log.info({ event: "comment.invalid-input", userId: user.id }, "comment rejected: invalid input");
    return { fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const wait = await rateLimit("comment", user.id);
  if (wait) {
    log.warn({ event: "comment.rate-limited", userId: user.id }, "comment rate limited");
    return { message: `You are commenting too fast. Try again in ${wait} seconds.`, values };
  }
  let id: number;
  try {
    ({ id } = await createComment(user, parsed.data));
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "comment.refused", userId: user.id, error: e.message }, "comment refused");
      return { message: "This comment can no longer be replied to.", values };
    }
    throw e;
  }
  log.info({ event: "comment.created", userId: user.id, commentId: id }, "comment created");
  // The target often differs from the current URL only by its #hash, which alone would
  // not re-render the page: refresh so the new comment is in it.
  refresh();
  redirect((await locateComment(id)) ?? "/");
}
