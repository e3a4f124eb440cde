/* eslint-disable @typescript-eslint/no-require-imports */
// The route cache (next.config.js `cacheHandler`): whole responses of route-cached routes (an
// article's or thread's default view for guests). In process without REDIS_URL, in Redis
// (lib/cache/redis-store.cjs) with it.
//
// Why our own, in both modes: Next's handlers (and the Redis library this replaced) date an
// entry by the moment it is stored, after its render. A write that lands during the render
// expires the page's tags before the entry exists, so the entry, holding what the render read
// before the write, is dated after the expiry and served as fresh until its TTL. Next makes
// one handler per request, before it renders; that moment is this entry's date, and Next's
// check (and Redis's, in redis-store) rejects it when any of its tags expired after it.

const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const store = require("./redis-store.cjs");

const TAGS_HEADER = "x-next-cache-tags";
/** Without an expire of its own (`revalidate: false`), an entry lives a week at most. */
const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;

/** In process: Next's own handler (memory, and the build's prerendered files), dated right. */
class InProcessRouteCache extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.startedAt = Date.now();
  }

  async set(key, value, ctx) {
    await super.set(key, value, ctx);
    const entry = FileSystemCache.memoryCache?.get(key);
    if (entry) entry.lastModified = this.startedAt;
  }
}

// Redis holds strings: Buffers (bodies, RSC payloads) and Maps (segment data) are tagged.
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}

function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/** Shared by every instance, in Redis; redis-store checks each entry's tags on read. */
class RedisRouteCache {
  constructor() {
    this.startedAt = Date.now();
  }

  async get(key) {
    const hit = await store.read(`r:${key}`);
    if (!hit) return null;
    return {
      lastModified: hit.meta.startedAt,
      cacheControl: hit.meta.cacheControl,
      value: JSON.parse(hit.body, reviver),
    };
  }

  async set(key, value, ctx) {
    if (!value) return;
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    const expire = typeof cacheControl?.expire === "number" ? cacheControl.expire : DEFAULT_TTL_SECONDS;
    const meta = { tags: tagsOf(value), startedAt: this.startedAt, cacheControl };
    await store.write(`r:${key}`, meta, JSON.stringify(value, replacer), expire);
  }

  async revalidateTag(tags, durations) {
    // Next checks route entries against its in-process record of expiries too; Redis gets the
    // same tags from the "use cache" handler's updateTags(), which Next calls beside this.
    store.expireLocally(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}

module.exports = class RouteCacheHandler {
  // Next makes one handler per request, before it renders: that moment dates what it stores.
  constructor(ctx) {
    return store.enabled() ? new RedisRouteCache(ctx) : new InProcessRouteCache(ctx);
  }
};
