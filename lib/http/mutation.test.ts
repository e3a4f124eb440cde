import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every route handler file under app/. */
function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

// next-auth's own endpoints answer their own errors (and take no form of ours).
const NOT_OURS = new Set(["api/auth/[...nextauth]/route.ts"]);

describe("formRoute (lib/http/mutation.ts)", () => {
  it("wraps every POST, PUT, PATCH and DELETE route handler, so none can end in Next's empty 500 page", () => {
    const files = routeFiles().filter((f) => !NOT_OURS.has(path.relative(APP, f)));
    const writes = files.filter((f) =>
      /export (async function|const) (POST|PUT|PATCH|DELETE)\b|\bas (POST|PUT|PATCH|DELETE)\b/.test(
        readFileSync(f, "utf8"),
      ),
    );
    expect(writes.length).toBeGreaterThanOrEqual(20);
    const unwrapped = writes.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...text.matchAll(/export (?:async function|const) (POST|PUT|PATCH|DELETE)\b(\s*=\s*formRoute\()?/g)]
        .filter((m) => m[2] === undefined)
        .map((m) => `${path.relative(APP, f)}: ${m[1]}`)
        .concat([...text.matchAll(/\bas (POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${path.relative(APP, f)}: ${m[1]}`));
    });
    expect(unwrapped).toEqual([]);
  });

  it("leaves no page route without a helper that answers its errors with the site's pages", () => {
    // Helpers that catch everything (lib/http/serve-page.ts, staff-pages.ts, newsroom-forms.ts),
    // or pageRoute. serveGuestPage's pages are route-cached and may not read the request.
    const ANSWERS = /pageRoute\(|serveGuestPage\(|servePage\(|serveUncachedPage\(|serveStaffPage\(|serveNewsroomPage\(/;
    // Answers no page: a health probe (JSON, always) and the view-count pixel (reads nothing that can fail).
    const NO_PAGE = new Set(["api/health/route.ts", "(forum)/forum/t/[thread]/seen/route.ts"]);
    const bare = routeFiles()
      .map((f) => path.relative(APP, f))
      .filter((f) => !NOT_OURS.has(f) && !NO_PAGE.has(f))
      .filter((f) => /export (?:async function|const) GET\b/.test(readFileSync(path.join(APP, f), "utf8")))
      .filter((f) => !ANSWERS.test(readFileSync(path.join(APP, f), "utf8")));
    expect(bare).toEqual([]);
  });
});
