import { entryFromRight, forwardedEntries } from "./forwarded";

/**
 * Cross-site request check for every mutation. Next's server actions reject a foreign
 * Origin but run a request that has none, and route handlers get no check at all.
 * Browsers send Origin on every cross-origin POST; a request without it must at least
 * say, through Sec-Fetch-Site, that it came from this site.
 *
 * The whole origin is compared: scheme, host and port. A page on http://host is not one on
 * https://host (on a network that can rewrite plain http, it is the attacker's).
 * - The host: X-Forwarded-Host behind `trustedProxies` proxies (TRUSTED_PROXIES), else Host.
 *   Without a trusted proxy X-Forwarded-Host is whatever the client chose to send.
 * - The scheme: X-Forwarded-Proto behind trusted proxies (a TLS-terminating proxy says
 *   https there), else the scheme of `siteUrl` (NEXTAUTH_URL, the site's public address,
 *   which also decides Secure cookies, lib/auth.ts), else http: `next start` speaks no TLS.
 */
export function isSameOriginRequest(h: Headers, trustedProxies = 0, siteUrl?: string): boolean {
  const origin = h.get("origin");
  const forwardedHost = entryFromRight(forwardedEntries(h.get("x-forwarded-host")), trustedProxies);
  const host = forwardedHost ?? h.get("host");
  if (!host) return false;
  if (origin) {
    if (origin === "null") return false;
    const scheme = siteScheme(h, trustedProxies, siteUrl);
    if (!scheme) return false;
    try {
      // Through URL both sides, so a default port written or left out is the same origin.
      return new URL(origin).origin === new URL(`${scheme}://${host}`).origin;
    } catch {
      return false;
    }
  }
  return h.get("sec-fetch-site") === "same-origin";
}

/** "http" or "https" (anything else: undefined, and nothing matches). */
function siteScheme(h: Headers, trustedProxies: number, siteUrl: string | undefined): string | undefined {
  const forwarded = entryFromRight(forwardedEntries(h.get("x-forwarded-proto")), trustedProxies);
  let scheme = forwarded?.toLowerCase();
  if (!scheme && siteUrl) {
    try {
      scheme = new URL(siteUrl).protocol.slice(0, -1);
    } catch {
      scheme = undefined;
    }
  }
  scheme ??= "http";
  return scheme === "http" || scheme === "https" ? scheme : undefined;
}

export class CrossSiteRequestError extends Error {
  constructor() {
    super("Cross-site request refused");
  }
}
