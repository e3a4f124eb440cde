import "server-only";
import type { NextRequest } from "next/server";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { html } from "@/lib/html/html";
import { can, ForbiddenError, type Action } from "@/lib/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { safeReturnPath } from "@/lib/validation/return-path";
import type { PageBody } from "@/lib/views/pages";
import { readForm, seeOther, wantsJson, json, type Log } from "./comment-forms";
import { requestLogger } from "./request-context";
import { errorResponse, htmlResponse, notFoundResponse, troubleResponse, userDocument } from "./serve-page";

/** Staff pages show who reported whom and why: never stored by anyone but the reader's browser. */
export const STAFF_CACHE = "private, no-store";

function signInFirst(path: string): Response {
  return seeOther(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

/**
 * A moderation page (`/mod/…`): signed-in staff only (policy "mod:view"); anyone else gets the
 * sign-in page or a 404, so the page's existence says nothing. Database trouble is a page, and
 * so is anything unforeseen (the site's error page, with the request's id).
 */
export async function serveStaffPage(input: {
  where: string;
  path: string;
  render: (user: CurrentUser) => Promise<PageBody | null>;
}): Promise<Response> {
  const { where, path } = input;
  try {
    const user = await getCurrentUser();
    if (!user) return signInFirst(path);
    if (!can(user, "mod:view", undefined)) return await notFoundResponse(user, path);
    const body = await input.render(user);
    if (!body) return await notFoundResponse(user, path);
    return htmlResponse(await userDocument(body, user, path), 200, STAFF_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, where);
    return errorResponse(e, where);
  }
}

export type StaffPost = { user: CurrentUser; form: FormData; log: Log; json: boolean; returnTo: string };

/**
 * The first steps of every moderation (and account) form post: same site, a signed-in user,
 * where to go back to (`returnTo`, a path on this site). Whether this user may do the action is
 * the use case's to decide (lib/policy.ts), so a forged post meets the same rules. `where`
 * names the form in the log line of a database failure.
 */
export async function staffPost(
  request: NextRequest,
  fallback: string,
  where = "moderation form",
): Promise<{ done: Response } | StaffPost> {
  const form = await readForm(request);
  if (form instanceof Response) return { done: form };
  const log = await requestLogger();
  const returnTo = safeReturnPath(form.get("returnTo") ?? fallback);
  const isJson = wantsJson(request);
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (e) {
    const trouble = asServiceError(e);
    if (!(trouble instanceof ServiceUnavailableError)) throw e;
    return { done: await troubleResponse(trouble, where) };
  }
  if (!user) return { done: isJson ? json(401, { ok: false, message: "Log in first." }) : signInFirst(returnTo) };
  return { user, form, log, json: isJson, returnTo };
}

/** A moderation write refused: by the policy (403), or because its target is gone (404). */
export async function refusedPage(user: CurrentUser, e: ForbiddenError | Error, status: 403 | 404, back: string) {
  const main = html`<h1>That was not done</h1>
    <p>
      ${
        status === 403
          ? "You are not allowed to do that, or it no longer applies (someone may have done it already)."
          : "What you acted on no longer exists."
      }
    </p>
    <p><a href="${back}">Go back</a></p>`;
  return htmlResponse(await userDocument({ title: "Not done", main }, user, "/mod"), status, STAFF_CACHE);
}

/** The policy check a page uses to show a control; the use case checks again on the post. */
export function allowed<A extends Action>(user: CurrentUser | null, action: A, subject: Parameters<typeof can<A>>[2]) {
  return user !== null && can(user, action, subject);
}
