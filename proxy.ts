import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isSameOriginRequest } from "@/lib/http/origin";
import { logger } from "@/lib/log";

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
function refuse(request: NextRequest, requestId: string, status: 400 | 403 | 413, message: string) {
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
const COMMON_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The pages everyone reads (home, categories, articles, threads) and the comment forms' answers
 * are plain HTML routes (lib/views) whose only script and stylesheet are files of this site:
 * they need no nonce, so they can be cached, and no inline script or style runs on them at all.
 */
const HTML_ROUTE =
  /^\/(?:$|category\/[^/]+\/?$|articles\/[^/]+\/?$|articles\/[^/]+\/comments\/[^/]+\/?$|comments(?:\/|$)|signout$)/;
const HTML_ROUTE_CSP = ["script-src 'self'", "style-src 'self'", ...COMMON_CSP].join("; ");

function isHtmlRoute(pathname: string): boolean {
  return HTML_ROUTE.test(pathname);
}

/** The React pages (sign in, profiles, history) are rendered per request with a fresh nonce for Next's inline scripts. */
function reactPageCsp(nonce: string): string {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    ...COMMON_CSP,
  ].join("; ");
}

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
  if (!SAFE_METHODS.has(request.method) && !isSameOriginRequest(request.headers, env().TRUSTED_PROXIES)) {
    return refuse(request, requestId, 403, "This request did not come from a page of this site, so it was refused.");
  }
  const csp = isHtmlRoute(request.nextUrl.pathname) ? HTML_ROUTE_CSP : reactPageCsp(btoa(crypto.randomUUID()));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", request.nextUrl.pathname);
  requestHeaders.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|assets/|favicon).*)" }],
};
