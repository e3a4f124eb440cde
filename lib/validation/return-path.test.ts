import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps same-origin paths with query and hash", () => {
    expect(safeReturnPath("/articles/x?after=3#respond")).toBe("/articles/x?after=3#respond");
  });
  for (const bad of [
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x",
    "/\u0000x",
    "",
    undefined,
    ["/a"],
    "evil.example",
    "/" + "a".repeat(3000),
  ]) {
    it(`falls back for ${JSON.stringify(bad)?.slice(0, 40)}`, () => {
      const out = safeReturnPath(bad);
      expect(out.startsWith("/")).toBe(true);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, "http://site.example").origin).toBe("http://site.example");
    });
  }
});
