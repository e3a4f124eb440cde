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
    const proxied = h({ host: "127.0.0.1:3000", origin: "https://reex.example", "x-forwarded-host": "reex.example" });
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
});
