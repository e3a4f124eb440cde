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
});
