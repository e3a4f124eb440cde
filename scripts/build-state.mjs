// Whether .next holds a production build of the current sources: a hash of every input
// file is written next to the build and compared on start.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const STAMP = ".next/REEX_SOURCE_HASH";

function* files(p) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) return yield p;
  for (const e of fs.readdirSync(p).sort()) {
    if (e === "node_modules" || e.startsWith(".")) continue;
    yield* files(path.join(p, e));
  }
}

export function sourceHash() {
  const h = crypto.createHash("sha256");
  for (const input of INPUTS) for (const f of files(input)) h.update(f).update("\0").update(fs.readFileSync(f));
  return h.digest("hex");
}

export function buildIsCurrent() {
  return (
    fs.existsSync(".next/BUILD_ID") &&
    fs.existsSync("public/assets/manifest.json") &&
    fs.existsSync(STAMP) &&
    fs.readFileSync(STAMP, "utf8") === sourceHash()
  );
}

export function markBuilt() {
  fs.writeFileSync(STAMP, sourceHash());
}
