import "server-only";
import fs from "node:fs";
import path from "node:path";

type Manifest = { "discussion.js": string; "site.css": string };

let manifest: Manifest | undefined;

/**
 * URLs of the script and stylesheet built by scripts/build-assets.mjs, with a content hash in
 * the query so browsers may keep them for a year.
 */
export function assetUrls(): Manifest {
  if (!manifest) {
    try {
      const file = path.join(process.cwd(), "public/assets/manifest.json");
      manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    } catch {
      // Not built (unit tests): the plain names still resolve once it is.
      return { "discussion.js": "/assets/discussion.js", "site.css": "/assets/site.css" };
    }
  }
  return manifest;
}
