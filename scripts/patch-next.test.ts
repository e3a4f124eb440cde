import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain script, no types
import { patchNext, targetFiles } from "./patch-next.mjs";

const require = createRequire(import.meta.url);
const nextDist = require.resolve("next/package.json").replace(/package\.json$/, "dist/");

describe("scripts/patch-next.mjs (postinstall)", () => {
  it("left the installed Next measuring only fetch-cache entries, in every runtime bundle", () => {
    // Running it again is a no-op: every file is already patched, none is missing the code.
    const again = patchNext();
    expect(again.patched).toEqual([]);
    expect(again.missing).toEqual([]);
    expect(again.already.length).toBeGreaterThanOrEqual(2);
    // The route handlers' runtime (what `next start` runs for our pages) is among them.
    expect(again.already).toContain("compiled/next-server/app-route-turbo.runtime.prod.js");
    for (const file of targetFiles() as string[]) {
      const text = readFileSync(nextDist + file, "utf8");
      expect(text, file).not.toMatch(/(let \w+=|const itemSize = )JSON\.stringify\(\w+\)\.length;/);
    }
  });
});
