import type { NextRequest } from "next/server";
import { endOtherSessions } from "@/lib/accounts/sessions";
import { accountPost, accountTrouble, currentSessionToken } from "@/lib/http/account-forms";
import { seeOther } from "@/lib/http/comment-forms";
import { authorize } from "@/lib/policy";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("signing out other sessions", endOthers);

/** "Sign out other sessions": every session of the signed-in user but this one ends. */
async function endOthers(request: NextRequest) {
  const pre = await accountPost(request);
  if ("done" in pre) return pre.done;
  const { user, log } = pre;
  try {
    authorize(user, "account:update", { id: user.id });
    const ended = await endOtherSessions(user.id, await currentSessionToken());
    log.info({ event: "account.sessions-ended", userId: user.id, sessionsEnded: ended }, "other sessions ended");
    return seeOther("/account?done=sessions");
  } catch (e) {
    return accountTrouble(e, "signing out other sessions");
  }
}
