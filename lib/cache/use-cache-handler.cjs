/* eslint-disable @typescript-eslint/no-require-imports */
// The store behind "use cache" (next.config.js `cacheHandlers.default`). Without REDIS_URL it
// is Next's own in-process LRU; with REDIS_URL it is Redis, shared by every instance of the
// app, so a tag expired on one instance (a new comment) is expired on all of them.
// Chosen on first use, at run time: the same build runs with or without Redis.

let chosen;

function handler() {
  if (!chosen) {
    if (process.env.REDIS_URL) {
      chosen = require("@trieb.work/nextjs-turbo-redis-cache").redisCacheHandler;
    } else {
      const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default");
      chosen = createDefaultCacheHandler(Number(process.env.CACHE_MAX_BYTES ?? 100 * 1024 * 1024));
    }
  }
  return chosen;
}

module.exports = {
  get: (...args) => handler().get(...args),
  set: (...args) => handler().set(...args),
  refreshTags: (...args) => handler().refreshTags(...args),
  getExpiration: (...args) => handler().getExpiration(...args),
  updateTags: (...args) => handler().updateTags(...args),
};
