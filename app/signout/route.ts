import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { endSession } from "@/lib/accounts/sessions";
import { SESSION_COOKIE } from "@/lib/auth";
import { readForm, seeOther } from "@/lib/http/comment-forms";
import { requestLogger } from "@/lib/http/request-context";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("sign out", signOut);

/** "Sign out" / "Log out": ends the session (server side too) and goes back to the page it was on. */
async function signOut(request: NextRequest) {
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  const log = await requestLogger();
  // With the database down the cookie still goes: this browser is signed out either way.
  if (token)
    await endSession(token).catch((e) => log.warn({ event: "sign-out.trouble", error: String(e) }, "session row kept"));
  jar.delete(SESSION_COOKIE);
  log.info({ event: "sign-out" }, "signed out");
  // Without the query: a page's ?editcomment= or ?replytocom= means nothing once signed out.
  return seeOther(String(form.get("returnTo") ?? "/").split("?")[0]!);
}
