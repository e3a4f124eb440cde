import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const BASE = "http://reex.invalid";

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

  // Dot segments, encoded or not, resolve away and leave a path that starts with "//".
  for (const sneaky of [
    "/.//evil.example",
    "/%2e//evil.example",
    "/%2E//evil.example/x?y#z",
    "/x/..//evil.example",
    "/x/%2e%2e//evil.example",
    "/././/evil.example",
    "/a/b/../..//evil.example",
  ]) {
    it(`does not normalise ${sneaky} into another host`, () => {
      expect(safeReturnPath(sneaky)).toBe("/");
    });
  }

  it("keeps what is still a path on this site after normalising", () => {
    expect(safeReturnPath("/a/./b/../c?x=1#y")).toBe("/a/c?x=1#y");
    expect(safeReturnPath("/%2e%2e/articles")).toBe("/articles");
    expect(safeReturnPath("/")).toBe("/");
  });
});

describe("safeReturnPath, for any path built from tricky segments", () => {
  const segment = fc.constantFrom(
    ".",
    "..",
    "%2e",
    "%2E",
    "%2e%2e",
    ".%2e",
    "%2E.",
    "",
    "/",
    "\\",
    "%5c",
    "%5C",
    "%2f",
    "%2F",
    "evil.example",
    "@evil.example",
    "evil.example:80",
    "a",
    "?",
    "#",
    "%00",
    "%09",
    "\t",
    "http:",
    "javascript:alert(1)",
  );
  const path = fc
    .tuple(fc.constantFrom("/", "//", "/\\", "", "\\", "http://reex.invalid/"), fc.array(segment, { maxLength: 8 }))
    .map(([lead, segments]) => lead + segments.join("/"));

  it("never answers with //, /\\ or a URL that leaves the site, and is stable", () => {
    fc.assert(
      fc.property(path, (p) => {
        const out = safeReturnPath(p);
        expect(out.startsWith("/")).toBe(true);
        expect(out.startsWith("//")).toBe(false);
        expect(out.startsWith("/\\")).toBe(false);
        const url = new URL(out, BASE);
        expect(url.origin).toBe(BASE);
        // What a browser would do with it is what we return: checking again changes nothing.
        expect(url.pathname + url.search + url.hash).toBe(out);
        expect(safeReturnPath(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
  });
});
