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

// Every request gets an id (logged with each line about it) and the security headers;
// pages get a fresh CSP nonce, which Next applies to its own scripts.
export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  // A path that is not valid percent-encoded UTF-8, or that hides control characters (NUL
  // cannot even be sent to PostgreSQL), names nothing here: 400, not a crash further in.
  if (!isValidPath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is not valid.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  }
  // A cross-site (or unattributable) write is refused here with a 403, before any action
  // runs; the actions check again (lib/http/mutation.ts), in case this is ever bypassed.
  if (!SAFE_METHODS.has(request.method) && !isSameOriginRequest(request.headers, env().TRUSTED_PROXIES)) {
    logger.warn(
      { event: "request.cross-site", requestId, method: request.method, path: request.nextUrl.pathname },
      "cross-site write refused",
    );
    return new NextResponse("Cross-site request refused.\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-nonce", nonce);
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
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
