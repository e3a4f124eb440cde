import "server-only";
import { unstable_rethrow } from "next/navigation";
import { listCategories } from "@/lib/articles/list-categories";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { openItemsFor } from "@/lib/moderation/list-queue";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import type { GuestPage } from "@/lib/views/cached-pages";
import { documentHtml } from "@/lib/views/document";
import { errorBody, notFoundBody, troubleBody, type PageBody } from "@/lib/views/pages";
import { siteHeaderHtml } from "@/lib/views/site-header";
import { safeReturnPath } from "@/lib/validation/return-path";
import { requestId, requestLogger } from "./request-context";
import { HTML_ROUTE_CSP, SECURITY_HEADERS } from "./security-headers";

/**
 * Guests' pages may sit in a shared cache (a CDN) for a second, and be served stale for a
 * few more while it fetches a fresh one; a signed-in reader's page is theirs alone, and is
 * checked again on every visit (but, unlike no-store, may stay in the back/forward cache).
 */
export const GUEST_CACHE = "public, max-age=0, s-maxage=1, stale-while-revalidate=5";
export const PRIVATE_CACHE = "private, no-cache";

/** The headers of every HTML page route: these routes do not pass through proxy.ts. */
export function pageHeaders(cacheControl: string, extra?: Record<string, string>): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    "content-security-policy": HTML_ROUTE_CSP,
    "content-type": "text/html; charset=utf-8",
    "cache-control": cacheControl,
    vary: "Cookie",
    ...extra,
  };
}

/**
 * A page's body as bytes: a string body is first scanned whole for lone surrogates (WebIDL's
 * USVString), 4 % of a signed-in page's CPU; encoding it ourselves is the only pass it needs.
 */
export function htmlBody(html: string): Uint8Array<ArrayBuffer> {
  return Buffer.from(html) as Uint8Array<ArrayBuffer>;
}

export async function htmlResponse(
  html: string,
  status: number,
  cacheControl: string,
  extra?: Record<string, string>,
): Promise<Response> {
  return new Response(htmlBody(html), {
    status,
    headers: pageHeaders(cacheControl, { "x-request-id": await requestId(), ...extra }),
  });
}

async function categoriesOrNone() {
  try {
    return await listCategories();
  } catch {
    return [];
  }
}

/** A page for this reader: their name in the header (staff: the queue's count), their controls in the page. */
export async function userDocument(body: PageBody, user: CurrentUser | null | undefined, path: string) {
  const [categories, modItems] = await Promise.all([categoriesOrNone(), openItemsFor(user ?? undefined)]);
  return documentHtml({ ...body, header: siteHeaderHtml({ user, categories, returnTo: path, modItems }) });
}

/**
 * The database is busy or unreachable: the site and a plain message (503, Retry-After), with
 * the text of a form that could not be saved; one log line with the request id.
 */
export async function troubleResponse(e: ServiceUnavailableError, where: string, unsaved?: string): Promise<Response> {
  (await requestLogger()).warn(
    { event: "page.service-trouble", where, reason: e.reason, error: String(e.cause) },
    `${where}: database ${e.reason}`,
  );
  const html = await userDocument({ ...troubleBody(e.reason, unsaved) }, undefined, "/");
  return htmlResponse(html, 503, "no-store", { "retry-after": "5" });
}

/**
 * Anything unforeseen (a bug): the site around a plain message and the request's id, which the
 * one log line carries too, instead of Next's empty 500; with the text of a form that could
 * not be saved, to copy. `write`: it answers a form post (which may have typed nothing).
 */
export async function errorResponse(
  e: unknown,
  where: string,
  unsaved?: string,
  write = unsaved !== undefined,
): Promise<Response> {
  unstable_rethrow(e); // Next's own signals (a page found dynamic while prerendering, say) pass on.
  (await requestLogger()).error({ event: "page.error", where, error: String(e) }, `${where}: ${String(e)}`);
  const html = await userDocument(errorBody(await requestId(), unsaved, write), undefined, "/");
  return htmlResponse(html, 500, "no-store");
}

/** A page that is another page's for this reader (PageBody.redirect): 303, relative, like the forms' redirects. */
function seeOtherPath(path: string): Response {
  return new Response(null, { status: 303, headers: { location: safeReturnPath(path), "cache-control": "no-store" } });
}

export async function notFoundResponse(
  user: CurrentUser | null,
  path: string,
  body: PageBody = notFoundBody(),
): Promise<Response> {
  return htmlResponse(await userDocument(body, user, path), 404, user ? PRIVATE_CACHE : GUEST_CACHE);
}

/**
 * A page rendered on each visit for whoever asks (not a cached guest page): the site around
 * it, the site's 404 page when `render` finds nothing, and a page, never a bare 500, when
 * the database is in trouble.
 */
export async function serveUncachedPage(
  where: string,
  path: string,
  render: (user: CurrentUser | null) => Promise<PageBody | null>,
): Promise<Response> {
  try {
    const user = await getCurrentUser();
    const body = await render(user);
    if (!body) return await notFoundResponse(user, path);
    if (body.redirect) return seeOtherPath(body.redirect);
    return htmlResponse(await userDocument(body, user, path), body.status ?? 200, user ? PRIVATE_CACHE : GUEST_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, where);
    return errorResponse(e, where);
  }
}

/**
 * Every HTML page route: a reader who is not signed in gets the shared page from the cache; a
 * signed-in reader gets one rendered for them. Database trouble is a page, never a bare 500.
 */
export async function servePage(input: {
  where: string;
  path: string;
  guest: () => Promise<GuestPage>;
  forUser: (user: CurrentUser) => Promise<PageBody | null>;
}): Promise<Response> {
  const { where, path } = input;
  try {
    const user = await getCurrentUser();
    if (!user) {
      const page = await input.guest();
      if (!page) return await notFoundResponse(null, path);
      return htmlResponse(page.html, page.status, GUEST_CACHE);
    }
    const body = await input.forUser(user);
    if (!body) return await notFoundResponse(user, path);
    if (body.redirect) return seeOtherPath(body.redirect);
    return htmlResponse(await userDocument(body, user, path), body.status ?? 200, PRIVATE_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, where);
    return errorResponse(e, where);
  }
}
