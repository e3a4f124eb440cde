import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts a matching Origin", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
  });
  it("rejects a foreign or opaque Origin", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "http://localhost:3001" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000", origin: "null" }))).toBe(false);
  });
  it("rejects a request without Origin unless Sec-Fetch-Site says same-origin", () => {
    expect(isSameOriginRequest(h({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
  });
  it("ignores X-Forwarded-Host unless a proxy is trusted", () => {
    const forged = h({ host: "localhost:3000", origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(isSameOriginRequest(forged)).toBe(false);
    expect(isSameOriginRequest(forged, 0)).toBe(false);
    const direct = h({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-host": "evil.example" });
    expect(isSameOriginRequest(direct)).toBe(true);
  });
  it("uses the trusted proxy's X-Forwarded-Host when TRUSTED_PROXIES says there is one", () => {
    const proxied = h({
      host: "127.0.0.1:3000",
      origin: "https://reex.example",
      "x-forwarded-host": "reex.example",
      "x-forwarded-proto": "https",
    });
    expect(isSameOriginRequest(proxied, 1)).toBe(true);
    expect(isSameOriginRequest(proxied, 0)).toBe(false);
    // A client-sent value to the left of the proxy's own is not the one compared.
    const prefixed = h({
      host: "127.0.0.1:3000",
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example, reex.example",
    });
    expect(isSameOriginRequest(prefixed, 1)).toBe(false);
  });

  // Issue 19, item 13: the host matched, so https://host was taken for an http site.
  it("compares the whole origin: scheme, host and port", () => {
    const site = (origin: string, extra: Record<string, string> = {}) =>
      h({ host: "localhost:3000", origin, ...extra });
    expect(isSameOriginRequest(site("https://localhost:3000"))).toBe(false);
    expect(isSameOriginRequest(site("https://localhost:3000"), 0, "http://localhost:3000")).toBe(false);
    expect(isSameOriginRequest(site("http://localhost:3000"), 0, "https://reex.example")).toBe(false);
    expect(isSameOriginRequest(site("ftp://localhost:3000"))).toBe(false);
    expect(isSameOriginRequest(site("http://localhost"))).toBe(false);
    // The default port is the same origin whether it is written or not.
    expect(
      isSameOriginRequest(h({ host: "reex.example:443", origin: "https://reex.example" }), 0, "https://reex.example"),
    ).toBe(true);
    expect(isSameOriginRequest(h({ host: "reex.example", origin: "http://reex.example:80" }))).toBe(true);
    // A client's X-Forwarded-Proto is not believed without a trusted proxy.
    expect(isSameOriginRequest(site("https://localhost:3000", { "x-forwarded-proto": "https" }))).toBe(false);
  });

  it("takes the scheme from NEXTAUTH_URL, or from the trusted proxy's X-Forwarded-Proto", () => {
    // TLS ends at a proxy, the app itself speaks http: the configured address says https.
    const behindTls = h({ host: "reex.example", origin: "https://reex.example" });
    expect(isSameOriginRequest(behindTls, 0, "https://reex.example")).toBe(true);
    expect(isSameOriginRequest(behindTls, 0)).toBe(false);
    const proxied = (proto: string, origin = "https://reex.example") =>
      h({ host: "127.0.0.1:3000", origin, "x-forwarded-host": "reex.example", "x-forwarded-proto": proto });
    expect(isSameOriginRequest(proxied("https"), 1)).toBe(true);
    expect(isSameOriginRequest(proxied("https"), 1, "http://reex.example")).toBe(true);
    expect(isSameOriginRequest(proxied("http"), 1, "https://reex.example")).toBe(false);
    expect(isSameOriginRequest(proxied("http", "http://reex.example"), 1)).toBe(true);
    // Only the trusted proxy's own entry counts, not one the client put to its left.
    expect(isSameOriginRequest(proxied("https, http"), 1)).toBe(false);
  });
});
