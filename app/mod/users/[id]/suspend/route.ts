import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { fieldErrorsOf, valuesOf } from "@/lib/forms/form-state";
import { seeOther } from "@/lib/http/comment-forms";
import { refusedPage, staffPost } from "@/lib/http/staff-pages";
import { suspendUser } from "@/lib/moderation/suspend-user";
import { ForbiddenError } from "@/lib/policy";
import { suspendSchema, userIdParam, type SuspendField } from "@/lib/validation/moderation-users";
import { modUserFormPage, modUserPath } from "@/lib/views/mod-user";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("suspension", suspend, typedFields({ Reason: "reason" }));

/** "Suspend" (for the chosen length) or "Ban" on a user's moderation page. */
async function suspend(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const userId = userIdParam((await params).id);
  if (userId === undefined) return new Response("User not found", { status: 404 });
  const pre = await staffPost(request, modUserPath(userId));
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  const values = valuesOf<SuspendField>(form, ["length", "until", "reason"]);
  const parsed = suspendSchema().safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    log.info({ event: "user.suspend-invalid-input", userId: user.id }, "suspend rejected: invalid input");
    const fieldErrors = fieldErrorsOf<SuspendField | "intent">(parsed.error);
    const { intent, ...rest } = fieldErrors;
    return modUserFormPage(user, userId, { form: "suspend", fieldErrors: rest, message: intent, values }, 422);
  }
  try {
    const { until, sessionsEnded } = await suspendUser(user, { userId, ...parsed.data });
    log.info(
      {
        event: parsed.data.ban ? "user.banned" : "user.suspended",
        userId: user.id,
        targetUserId: userId,
        until,
        sessionsEnded,
      },
      parsed.data.ban ? "user banned" : "user suspended",
    );
    return seeOther(returnTo);
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info(
        { event: "user.suspend-refused", userId: user.id, targetUserId: userId, error: e.message },
        "suspend refused",
      );
      return refusedPage(user, e, e instanceof ForbiddenError ? 403 : 404, returnTo);
    }
    if (!(asServiceError(e) instanceof ServiceUnavailableError)) throw e;
    log.warn({ event: "user.suspend-trouble", userId: user.id, error: String(e) }, "suspend not done");
    const message = "The site is busy or cannot reach its database, and nothing was changed. Try again in a moment.";
    return modUserFormPage(user, userId, { form: "suspend", message, values }, 503);
  }
}
