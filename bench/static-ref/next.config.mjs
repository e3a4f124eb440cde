// The benchmark's second yardstick: `next start` serving a prerendered (force-static)
// response of exactly the bytes the app served for an article page. What `next start`
// costs for a fully cached page, with no rendering and no database: the ceiling for the
// app's cached guest pages. Built and started by bench/run.mjs (see bench/README.md).
import path from "node:path";
import { fileURLToPath } from "node:url";

// The repository root: where node_modules (and next) are.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Inside node_modules/ so that git, Prettier and ESLint (whose only nested default
  // ignore is node_modules) all skip the build output; the repository's lint config
  // ignores only the root's .next/.
  distDir: "node_modules/.next-static-ref",
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
