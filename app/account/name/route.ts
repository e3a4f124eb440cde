import type { NextRequest } from "next/server";
import { changeDisplayName } from "@/lib/accounts/change-display-name";
import { DisplayNameTakenError } from "@/lib/accounts/create-account";
import { accountPost, accountResponse, accountTrouble } from "@/lib/http/account-forms";
import { userShownChanged } from "@/lib/http/expire-pages";
import { seeOther } from "@/lib/http/comment-forms";
import { rateLimit } from "@/lib/http/rate-limit";
import { displayNameSchema } from "@/lib/validation/account";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("display name change", changeName, typedFields({ "Display name": "displayName" }));

/** A new display name for the signed-in user (`/account`). */
async function changeName(request: NextRequest) {
  const pre = await accountPost(request);
  if ("done" in pre) return pre.done;
  const { user, form, log } = pre;
  const typed = String(form.get("displayName") ?? "").slice(0, 200);
  const parsed = displayNameSchema.safeParse({ displayName: typed });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check the display name.";
    return accountResponse(user, 422, { failed: { form: "name", field: "displayName", message, displayName: typed } });
  }
  try {
    if (parsed.data.displayName === user.name) return seeOther("/account?done=name");
    const wait = await rateLimit("displayName", user.id);
    if (wait > 0) {
      const message = "You have changed your display name as often as you can today. Please try again tomorrow.";
      return accountResponse(user, 429, {
        failed: { form: "name", field: "displayName", message, displayName: typed },
      });
    }
    userShownChanged(await changeDisplayName(user, user.id, parsed.data), "name");
    log.info({ event: "account.display-name", userId: user.id }, "display name changed");
    return seeOther("/account?done=name");
  } catch (e) {
    if (e instanceof DisplayNameTakenError) {
      return accountResponse(user, 409, {
        failed: { form: "name", field: "displayName", message: e.message, displayName: typed },
      });
    }
    return accountTrouble(e, "display name change", typed);
  }
}
