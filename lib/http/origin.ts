/**
 * Cross-site request check for every mutation. Next's server actions reject a foreign
 * Origin but run a request that has none, and route handlers get no check at all.
 * Browsers send Origin on every cross-origin POST; a request without it must at least
 * say, through Sec-Fetch-Site, that it came from this site.
 */
export function isSameOriginRequest(h: Headers): boolean {
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return false;
  if (origin) {
    if (origin === "null") return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return h.get("sec-fetch-site") === "same-origin";
}

export class CrossSiteRequestError extends Error {
  constructor() {
    super("Cross-site request refused");
  }
}
