import "server-only";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { logger } from "@/lib/log";
import { guestNotFoundPage, guestTroublePage, plainNotFoundPage, type GuestPage } from "@/lib/views/cached-pages";
import { GUEST_CACHE, htmlBody, pageHeaders } from "./serve-page";

function guestResponse(html: string, status: number, extra?: Record<string, string>) {
  // No request id: nothing in this route may depend on the request.
  return new Response(htmlBody(html), { status, headers: pageHeaders(GUEST_CACHE, extra) });
}

/**
 * The default view of an article or thread as every reader who is not signed in sees it. The
 * route reads nothing from the request, so Next keeps its response in the route cache (made on
 * the first request, tagged with the tags of the "use cache" pages it is built from: a write
 * that expires them expires it too). Signed-in readers, and other views (?sort=, ?after=), are
 * sent to the route's live twin by a rewrite in next.config.js. `load` null: the address cannot name a page.
 */
export async function serveGuestPage(where: string, load: (() => Promise<GuestPage>) | null): Promise<Response> {
  if (!load) return guestResponse(plainNotFoundPage(), 404);
  try {
    const page = await load();
    return page ? guestResponse(page.html, page.status) : guestResponse(await guestNotFoundPage(), 404);
  } catch (e) {
    const trouble = asServiceError(e);
    if (!(trouble instanceof ServiceUnavailableError)) throw e;
    logger.warn(
      { event: "page.service-trouble", where, reason: trouble.reason, error: String(trouble.cause) },
      `${where}: database ${trouble.reason}`,
    );
    return guestResponse(await guestTroublePage(trouble.reason), 503, { "retry-after": "5" });
  }
}
