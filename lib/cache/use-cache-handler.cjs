/* eslint-disable @typescript-eslint/no-require-imports */
// The store behind "use cache" (next.config.js `cacheHandlers.default`). Without REDIS_URL it
// is Next's own in-process LRU; with REDIS_URL it is Redis (lib/cache/redis-store.cjs), shared by
// every instance of the app, so a tag expired on one instance is expired on all of them.
// Chosen on first use, at run time: the same build runs with or without Redis.

const { streamFromBuffer, streamToBuffer } = require("next/dist/server/stream-utils/node-web-streams-helper");
const store = require("./redis-store.cjs");

/** The Redis handler, on Next's "use cache" CacheHandler interface (cache-handlers/types.d.ts). */
function redisHandler() {
  // A read of a key whose write is still under way waits for it (the interface asks this).
  const pendingSets = new Map();
  return {
    async get(cacheKey, softTags) {
      await pendingSets.get(cacheKey);
      const hit = await store.read(`u:${cacheKey}`, softTags);
      if (!hit) return undefined;
      const { startedAt, ...entry } = hit.meta;
      // Past its revalidate time it is a miss, as in Next's own in-memory handler.
      if (Date.now() > startedAt + entry.revalidate * 1000) return undefined;
      return { ...entry, timestamp: startedAt, value: streamFromBuffer(Buffer.from(hit.body, "base64")) };
    },
    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        let entry, value;
        try {
          entry = await pendingEntry;
          value = await streamToBuffer(entry.value);
        } catch {
          return; // a render that failed or was aborted is not stored
        }
        // An `expire: 0` entry is dynamic: Next regenerates it on every read.
        if (entry.expire === 0) return;
        const { value: _, timestamp, ...meta } = entry;
        // `timestamp` is when the render began: an expiry after it makes the entry a miss.
        await store.write(`u:${cacheKey}`, { ...meta, startedAt: timestamp }, value.toString("base64"), entry.expire);
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },
    // Tags are checked on every read, against Redis: nothing to refresh per request.
    async refreshTags() {},
    // Soft tags (implicit, per path) are passed to get() and checked there.
    async getExpiration() {
      return Infinity;
    },
    async updateTags(tags, durations) {
      await store.expire(tags, durations);
    },
  };
}

let chosen;

function handler() {
  if (!chosen) {
    if (store.enabled()) {
      chosen = redisHandler();
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
