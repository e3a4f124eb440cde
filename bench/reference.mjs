// The static reference (bench/static-ref/): a minimal Next app whose force-static route
// GET /s/<N> serves the bytes the app served for its guest article page at N comments,
// prerendered by `next build` and served by `next start` from Next's cache. The app's cached
// guest page against it: how close the app comes to what Next itself can do for a cached page.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawnServer } from "./servers.mjs";

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "static-ref");
const PAGES_DIR = path.join(REFERENCE_DIR, "pages");
const NEXT = path.resolve(REFERENCE_DIR, "../../node_modules/.bin/next");

export const referencePath = (size) => `/s/${size}`;

/** Replaces pages/*.html with these pages: [{ size, raw: Buffer }]. */
export function writeReferencePages(pages) {
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  for (const f of fs.readdirSync(PAGES_DIR)) if (f.endsWith(".html")) fs.rmSync(path.join(PAGES_DIR, f));
  for (const { size, raw } of pages) fs.writeFileSync(path.join(PAGES_DIR, `${size}.html`), raw);
}

/**
 * `next build` of the reference, in its own directory (the route reads pages/ relative to
 * the working directory). Its output is kept and shown only if the build fails.
 */
export function buildReference(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, ["build"], {
      cwd: REFERENCE_DIR,
      env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk) => (output = (output + chunk).slice(-6000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`next build of bench/static-ref exited with ${signal ?? code}:\n${output}`)),
    );
  });
}

/** `next start` of the reference on 127.0.0.1:<port> (no statement counter: it has no database). */
export function startReference(port, env) {
  return spawnServer("static-ref", NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    counterPort: null,
    cwd: REFERENCE_DIR,
  });
}
