import type { NextRequest } from "next/server";
import { accountResponse } from "@/lib/http/account-forms";
import { seeOther } from "@/lib/http/comment-forms";
import { troubleResponse } from "@/lib/http/serve-page";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { getCurrentUser } from "@/lib/session";
import type { AccountDone } from "@/lib/views/account";
import { pageRoute } from "@/lib/http/mutation";

const DONE = new Set<string>(["name", "password", "sessions"]);

export const GET = pageRoute("account page", accountPage);

/** `/account`: the signed-in user's display name, password and other sessions. */
async function accountPage(request: NextRequest) {
  let user;
  try {
    user = await getCurrentUser();
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "account page");
    throw e;
  }
  if (!user) return seeOther(`/signin?callbackUrl=${encodeURIComponent("/account")}`);
  const done = request.nextUrl.searchParams.get("done") ?? "";
  return accountResponse(user, 200, DONE.has(done) ? { done: done as AccountDone } : {});
}
