import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isSameOriginRequest } from "@/lib/http/origin";
import { logger } from "@/lib/log";
import { HTML_ROUTE_CSP, reactPageCsp, SECURITY_HEADERS } from "@/lib/http/security-headers";

function isValidPath(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MAX_BODY_BYTES = 1024 * 1024;

/** A refusal a person can read (a small page) for a request that never reaches the app; one log line. */
function refuse(request: NextRequest, requestId: string, status: 400 | 403 | 411 | 413, message: string) {
  logger.warn(
    { event: "request.refused", status, requestId, method: request.method, path: request.nextUrl.pathname },
    `request refused (${status})`,
  );
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Request refused · REEx Discussions</title>
<h1>REEx Discussions</h1><p>${message}</p><p><a href="/">Back to the latest articles</a></p>
<p><small>Reference: ${requestId}</small></p></html>\n`;
  return new NextResponse(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'",
      "x-request-id": requestId,
    },
  });
}

const dev = process.env.NODE_ENV === "development";

/**
 * Plain HTML routes (lib/views): no inline script, so no nonce; a nonce policy would block
 * their one external script. Every route but the React pages (sign in and up).
 */
const HTML_ROUTE =
  /^\/(?:comments(?:\/|$)|mod(?:\/|$)|notices$|signout$|users\/[^/]+$|account(?:\/|$)|newsroom(?:\/|$)|forum(?:\/|$)|articles\/[^/]+\/comments\/[^/]+\/history\/?$|(?:articles|forum\/t)\/[^/]+(?:\/comments\/[^/]+)?\/live$)/;

/** An article's or forum thread's page: only writes to it (refused) and odd encodings reach this proxy (see `config`). */
const PAGE_ROUTE = /^\/(?:articles|forum\/t)\/[^/]+(?:\/comments\/[^/]+)?\/?$/;

// Every request gets an id (logged with each line about it) and the security headers.
export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  // A path that is not valid percent-encoded UTF-8, or that hides control characters (NUL
  // cannot even be sent to PostgreSQL), names nothing here: 400, not a crash further in.
  if (!isValidPath(request.nextUrl.pathname)) {
    return refuse(request, requestId, 400, "This address is not valid.");
  }
  // Larger than any server action accepts (Next's 1 MB limit, which it reports as a 500). A
  // comment is at most 10,000 characters, so only an odd client gets here.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return refuse(
      request,
      requestId,
      413,
      "What you sent is too large (over 1 MB). Go back: your text is still in the form.",
    );
  }
  // A body sent in chunks, with no Content-Length, would pass the check above whatever its
  // size (Next buffers it for this proxy and cuts it, silently, at its own limit, set to the
  // same 1 MB in next.config.js, so the app would act on a truncated form). Counting the bytes
  // here cannot tell "cut at 1 MB" from "ended": the stream this proxy reads is the cut one.
  // So it is refused: browsers send Content-Length with every form and fetch body.
  if (request.headers.has("transfer-encoding") && !request.headers.has("content-length")) {
    return refuse(
      request,
      requestId,
      411,
      "What you sent has no Content-Length, so its size cannot be checked. Send it again from the page.",
    );
  }
  // A form post cut short (a dropped connection, a broken client) would fail in Next's own
  // parsing as a 500; it is read here first (at most 1 MB, and only form posts).
  if (request.method === "POST" && request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    try {
      await request.clone().formData();
    } catch {
      return refuse(
        request,
        requestId,
        400,
        "What you sent arrived incomplete. Go back and send it again: your text is still in the form.",
      );
    }
  }
  // A cross-site (or unattributable) write is refused here with a 403, before any action
  // runs; the actions check again (lib/http/mutation.ts), in case this is ever bypassed.
  if (
    !SAFE_METHODS.has(request.method) &&
    !isSameOriginRequest(request.headers, env().TRUSTED_PROXIES, env().NEXTAUTH_URL)
  ) {
    return refuse(request, requestId, 403, "This request did not come from a page of this site, so it was refused.");
  }
  const { pathname } = request.nextUrl;
  const page = PAGE_ROUTE.test(pathname);
  const csp = page || HTML_ROUTE.test(pathname) ? HTML_ROUTE_CSP : reactPageCsp(btoa(crypto.randomUUID()), dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  requestHeaders.set("content-security-policy", csp);

  if (page && !SAFE_METHODS.has(request.method)) {
    return new NextResponse("Only GET is served here.", { status: 405, headers: { allow: "GET, HEAD" } });
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

// Not for static files, nor for the pages everyone reads: those routes set the same headers
// themselves (lib/http/serve-page.ts, serve-guest-page.ts), and this step would double their
// cost. Signed-in readers and other sorts or pages of an article or thread are sent to the
// route's live twin by next.config.js's rewrites, which cost far less than running this.
// (Matchers must be literals; `has` entries are alternatives.)
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|assets/|favicon|$|category/[^/]+/?$|articles/[^/]+/?$|articles/[^/]+/comments/[^/]+/?$|forum/t/[^/]+/?$|forum/t/[^/]+/comments/[^/]+/?$).*)",
    },
    // Writes (they carry a content type or an Origin) are checked and refused here, and odd
    // encodings get their 400; the routes themselves only answer GET.
    { source: "/:rest(.*%.*)" },
    { source: "/articles/:slug", has: [{ type: "header", key: "content-type" }] },
    { source: "/articles/:slug", has: [{ type: "header", key: "origin" }] },
    { source: "/articles/:slug/comments/:id", has: [{ type: "header", key: "content-type" }] },
    { source: "/articles/:slug/comments/:id", has: [{ type: "header", key: "origin" }] },
    { source: "/forum/t/:thread", has: [{ type: "header", key: "content-type" }] },
    { source: "/forum/t/:thread", has: [{ type: "header", key: "origin" }] },
    { source: "/forum/t/:thread/comments/:id", has: [{ type: "header", key: "content-type" }] },
    { source: "/forum/t/:thread/comments/:id", has: [{ type: "header", key: "origin" }] },
  ],
};
