// The caps of lib/comments/limits.ts, read from its source (these plain scripts cannot import
// TypeScript), so the benchmark never drifts from the app: the baseline renders the same
// page, and the new-comment check predicts which page will show a new reply.
import fs from "node:fs";

const source = fs.readFileSync(new URL("../lib/comments/limits.ts", import.meta.url), "utf8");

/** `export const NAME = <JSON-ish literal>;` from lib/comments/limits.ts (underscores in numbers allowed). */
export function limit(name) {
  const m = new RegExp(`export const ${name} = ([^;]+?)(?: as const)?;`).exec(source);
  if (!m) throw new Error(`${name} not found in lib/comments/limits.ts`);
  return JSON.parse(m[1].replace(/_/g, ""));
}
