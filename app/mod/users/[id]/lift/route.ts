import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { seeOther } from "@/lib/http/comment-forms";
import { refusedPage, staffPost } from "@/lib/http/staff-pages";
import { liftSuspension } from "@/lib/moderation/lift-suspension";
import { ForbiddenError } from "@/lib/policy";
import { userIdParam } from "@/lib/validation/moderation-users";
import { modUserFormPage, modUserPath } from "@/lib/views/mod-user";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("lifting a suspension", lift);

/** "Lift suspension" on a user's moderation page: ends a suspension or ban early. */
async function lift(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const userId = userIdParam((await params).id);
  if (userId === undefined) return new Response("User not found", { status: 404 });
  const pre = await staffPost(request, modUserPath(userId));
  if ("done" in pre) return pre.done;
  const { user, log, returnTo } = pre;
  try {
    await liftSuspension(user, { userId });
    log.info({ event: "user.suspension-lifted", userId: user.id, targetUserId: userId }, "suspension lifted");
    return seeOther(returnTo);
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "user.lift-refused", userId: user.id, targetUserId: userId, error: e.message }, "lift refused");
      return refusedPage(user, e, e instanceof ForbiddenError ? 403 : 404, returnTo);
    }
    if (!(asServiceError(e) instanceof ServiceUnavailableError)) throw e;
    log.warn({ event: "user.lift-trouble", userId: user.id, error: String(e) }, "lift not done");
    const message = "The site is busy or cannot reach its database, and nothing was changed. Try again in a moment.";
    return modUserFormPage(user, userId, { form: "lift", message }, 503);
  }
}
