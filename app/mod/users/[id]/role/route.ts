import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { fieldErrorsOf, valuesOf } from "@/lib/forms/form-state";
import { seeOther } from "@/lib/http/comment-forms";
import { userShownChanged } from "@/lib/http/expire-pages";
import { refusedPage, staffPost } from "@/lib/http/staff-pages";
import { changeRole } from "@/lib/moderation/change-role";
import { ForbiddenError } from "@/lib/policy";
import { roleChangeSchema, userIdParam } from "@/lib/validation/moderation-users";
import { modUserFormPage, modUserPath } from "@/lib/views/mod-user";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("role change", changeUserRole);

/** "Change role" on a user's moderation page (admins only). */
async function changeUserRole(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const userId = userIdParam((await params).id);
  if (userId === undefined) return new Response("User not found", { status: 404 });
  const pre = await staffPost(request, modUserPath(userId));
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    log.info({ event: "user.role-invalid-input", userId: user.id }, "role change rejected: invalid input");
    const fieldErrors = fieldErrorsOf<"role">(parsed.error);
    return modUserFormPage(user, userId, { form: "role", fieldErrors }, 422);
  }
  try {
    const { from, to, shown } = await changeRole(user, { userId, to: parsed.data.role });
    if (from !== to) userShownChanged(shown, "role");
    log.info({ event: "user.role-changed", userId: user.id, targetUserId: userId, from, to }, "role changed");
    return seeOther(returnTo);
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info(
        { event: "user.role-refused", userId: user.id, targetUserId: userId, error: e.message },
        "role change refused",
      );
      return refusedPage(user, e, e instanceof ForbiddenError ? 403 : 404, returnTo);
    }
    if (!(asServiceError(e) instanceof ServiceUnavailableError)) throw e;
    log.warn({ event: "user.role-trouble", userId: user.id, error: String(e) }, "role change not done");
    const message = "The site is busy or cannot reach its database, and nothing was changed. Try again in a moment.";
    return modUserFormPage(user, userId, { form: "role", message, values: valuesOf(form, ["role"]) }, 503);
  }
}
