import "server-only";
import type { NextRequest } from "next/server";
import { cookies } from "next/headers";
import { countOtherSessions } from "@/lib/accounts/sessions";
import { SESSION_COOKIE } from "@/lib/auth";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import type { CurrentUser } from "@/lib/session";
import { accountPage, type AccountView } from "@/lib/views/account";
import { htmlResponse, troubleResponse, userDocument } from "./serve-page";
import { staffPost, type StaffPost } from "./staff-pages";

/** One person's account: kept by no cache, not even the browser's. */
const ACCOUNT_CACHE = "private, no-store";

/** The session this request came with: the one a password change keeps. */
export async function currentSessionToken(): Promise<string> {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? "";
}

/** `/account` for this user, with what the last form did (or why it did not). */
export async function accountResponse(
  user: CurrentUser,
  status: number,
  view: Pick<AccountView, "done" | "failed"> = {},
): Promise<Response> {
  try {
    const otherSessions = await countOtherSessions(user.id, await currentSessionToken());
    const body = accountPage({ displayName: user.name, email: user.email, otherSessions, ...view });
    return htmlResponse(await userDocument(body, user, "/account"), status, ACCOUNT_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "account page");
    throw e;
  }
}

/** The first steps of an /account form post: same site, signed in (or sent to sign in), its fields. */
export function accountPost(request: NextRequest): Promise<{ done: Response } | StaffPost> {
  return staffPost(request, "/account", "account form");
}

/** Database trouble while saving: the page says so, with the display name typed (never a password). */
export async function accountTrouble(e: unknown, where: string, unsaved?: string): Promise<Response> {
  const trouble = asServiceError(e);
  if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, where, unsaved);
  throw e;
}
