// The response headers every page carries: set by proxy.ts, and by the page routes that proxy.ts
// does not run for (lib/http/serve-page.ts), so both say the same thing.

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
 * are plain HTML (lib/views) whose only script and stylesheet are files of this site: they need
 * no nonce, so they can be cached, and no inline script or style runs on them at all.
 */
export const HTML_ROUTE_CSP = ["script-src 'self'", "style-src 'self'", ...COMMON_CSP].join("; ");

/** The React pages (sign in and up) are rendered per request, with a fresh nonce for Next's inline scripts. */
export function reactPageCsp(nonce: string, dev: boolean): string {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    ...COMMON_CSP,
  ].join("; ");
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};
