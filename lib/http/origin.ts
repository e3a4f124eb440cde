import { entryFromRight, forwardedEntries } from "./forwarded";

/**
 * Cross-site request check for every mutation. Next's server actions reject a foreign
 * Origin but run a request that has none, and route handlers get no check at all.
 * Browsers send Origin on every cross-origin POST; a request without it must at least
 * say, through Sec-Fetch-Site, that it came from this site.
 *
 * X-Forwarded-Host counts only behind `trustedProxies` proxies (TRUSTED_PROXIES): otherwise
 * it is whatever the client chose to send.
 */
export function isSameOriginRequest(h: Headers, trustedProxies = 0): boolean {
  const origin = h.get("origin");
  const forwardedHost = entryFromRight(forwardedEntries(h.get("x-forwarded-host")), trustedProxies);
  const host = forwardedHost ?? h.get("host");
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
