const BASE = "http://reex.invalid";

/**
 * A post-sign-in (or post-action) destination: only a path on this site. Anything else —
 * absolute URLs, protocol-relative `//host`, backslash tricks, control characters — falls back.
 *
 * The path is normalised first (dot segments, `%2e` included, are resolved the way a browser
 * resolves them) and the result is what gets checked: `/.//evil.example` and
 * `/x/..//evil.example` look like paths but normalise to `//evil.example`, another host.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A single "/" and then anything but another slash or a backslash, or just "/".
  return /^\/(?![/\\])/.test(path) ? path : fallback;
}
