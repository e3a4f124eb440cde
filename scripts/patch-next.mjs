// Run after every install (package.json "postinstall"). Next 16.4's IncrementalCache.set measures
// every entry with JSON.stringify(data).length, though it uses the number only for fetch-cache
// entries. For a route-cached page the entry holds the body as a Buffer, which JSON.stringify
// turns into an array of one number per byte: for a 150 KB guest page about 8 ms of CPU and as
// much again in garbage collection, a third of the time it takes to render the page after a
// write expired it. This measures fetch-cache entries only, as the check that follows already
// reads it. Same result in every case; idempotent; a version where the code is not found is
// reported and left alone (test: scripts/patch-next.test.ts).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules", "next", "dist");

/** [file, unpatched, patched]: the readable server build and each minified runtime bundle. */
export const EDITS = [
  {
    match: (f) => f === "server/lib/incremental-cache/index.js",
    from: /const itemSize = JSON\.stringify\(data\)\.length;/,
    to: "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;",
    done: "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;",
  },
  {
    match: (f) => /^compiled\/next-server\/.*\.runtime\.prod\.js$/.test(f),
    from: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/,
    to: "let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152",
    done: /let (\w+)=(\w+)\.fetchCache\?JSON\.stringify\(\w+\)\.length:0;if\(\2\.fetchCache&&\1>2097152/,
  },
];

/** The files an edit applies to, relative to next/dist. */
export function targetFiles() {
  const bundles = fs
    .readdirSync(path.join(root, "compiled", "next-server"))
    .map((f) => `compiled/next-server/${f}`)
    .filter((f) => EDITS[1].match(f));
  return ["server/lib/incremental-cache/index.js", ...bundles];
}

/** Applies the edits; returns { patched, already, missing } (file lists). */
export function patchNext() {
  const out = { patched: [], already: [], missing: [] };
  for (const file of targetFiles()) {
    const edit = EDITS.find((e) => e.match(file));
    const full = path.join(root, file);
    const text = fs.readFileSync(full, "utf8");
    const done = typeof edit.done === "string" ? text.includes(edit.done) : edit.done.test(text);
    if (done) out.already.push(file);
    else if (edit.from.test(text)) {
      fs.writeFileSync(full, text.replace(edit.from, edit.to));
      out.patched.push(file);
    } else if (/JSON\.stringify\(\w+\)\.length/.test(text) && /fetchCache/.test(text)) out.missing.push(file);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { patched, already, missing } = patchNext();
  console.log(`[patch-next] cache-entry size check: ${patched.length} file(s) patched, ${already.length} already`);
  if (missing.length) {
    console.warn(
      `[patch-next] the code to patch was not found in ${missing.join(", ")}: a newer Next? See scripts/patch-next.mjs`,
    );
  }
}
