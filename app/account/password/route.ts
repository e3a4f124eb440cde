import type { NextRequest } from "next/server";
import { changePassword, PasswordChangeError } from "@/lib/accounts/change-password";
import { accountPost, accountResponse, accountTrouble, currentSessionToken } from "@/lib/http/account-forms";
import { seeOther } from "@/lib/http/comment-forms";
import { rateLimit, refund } from "@/lib/http/rate-limit";
import { passwordChangeSchema } from "@/lib/validation/account";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("password change", changeUserPassword);

/** A new password for the signed-in user, given the current one; every other session ends. */
async function changeUserPassword(request: NextRequest) {
  const pre = await accountPost(request);
  if ("done" in pre) return pre.done;
  const { user, form, log } = pre;
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: String(form.get("currentPassword") ?? ""),
    newPassword: String(form.get("newPassword") ?? ""),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "currentPassword" ? "currentPassword" : "newPassword";
    return accountResponse(user, 422, { failed: { form: "password", field, message: issue?.message ?? "Check it." } });
  }
  try {
    const wait = await rateLimit("passwordChange", user.id);
    if (wait > 0) {
      const message = `Too many attempts. Please wait ${Math.ceil(wait / 60)} minute(s) and try again.`;
      return accountResponse(user, 429, { failed: { form: "password", message } });
    }
    const ended = await changePassword(user, user.id, await currentSessionToken(), parsed.data);
    await refund("passwordChange", user.id);
    log.info({ event: "account.password", userId: user.id, sessionsEnded: ended }, "password changed");
    return seeOther("/account?done=password");
  } catch (e) {
    if (e instanceof PasswordChangeError) {
      return accountResponse(user, 422, { failed: { form: "password", field: e.field, message: e.message } });
    }
    return accountTrouble(e, "password change");
  }
}
