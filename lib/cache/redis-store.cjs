/* eslint-disable @typescript-eslint/no-require-imports */
// The cache entries and tag expiries that several instances share, in Redis (REDIS_URL).
//
// Correctness does not depend on deleting anything. Each entry carries the time its render
// started; each tag carries the last time it was expired (a hash, `{prefix}:tags`). A read
// fetches the entry and the expiry times of its tags in one script, and an entry is a miss when
// any of its tags expired after its render started: a write that lands while a page renders,
// on any instance, can never leave that page cached. Expiry times only move forward (the
// script keeps the later one), so expiries that arrive late or twice are harmless. Entries are
// removed by their TTL alone.
//
// Redis going away loses nothing a guest should see:
// - while it is down, reads miss (pages render from the database), writes of entries are
//   skipped, and the tag expiries that could not be sent are kept here and replayed, before
//   anything is read again, when it answers;
// - when it comes back as a different server process (a restart with its AOF/RDB data, a
//   replica promoted), its run id differs from the one recorded in `{prefix}:run-id`, and
//   every entry written before then is treated as expired (tag `*`): other instances' expiries
//   during the outage may be lost with the old process, so nothing cached before it is trusted.

const { tagsManifest, areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");
const { redisConnection, redisKey, isRedisUnavailable } = require("../redis/connection.cjs");

/** Tag expiries remembered during an outage beyond this many become one "expire everything". */
const MAX_PENDING_TAGS = 10_000;
/** Entries rendered within this of a tag's expiry are misses (clock measurement error). */
const CLOCK_ALLOWANCE_MS = 100;
const ALL = "*";

// KEYS[1] entry, KEYS[2] tag hash; ARGV extra (soft) tags. Returns false, or {entry, newest expiry}.
const READ = `
local v = redis.call('GET', KEYS[1])
if not v then return false end
local nl = string.find(v, '\\n', 1, true)
local meta = cjson.decode(string.sub(v, 1, nl - 1))
local tags = { '${ALL}' }
for _, t in ipairs(meta.tags) do tags[#tags + 1] = t end
for i = 1, #ARGV do tags[#tags + 1] = ARGV[i] end
local newest = 0
for _, t in ipairs(redis.call('HMGET', KEYS[2], unpack(tags))) do
  local n = tonumber(t)
  if n and n > newest then newest = n end
end
return { v, tostring(newest) }`;

// KEYS[1] tag hash; ARGV tag, time, tag, time... Keeps the later time of each tag.
const EXPIRE = `
for i = 1, #ARGV, 2 do
  local cur = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if tonumber(ARGV[i + 1]) > cur then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 0`;

const TAGS_KEY = () => redisKey("tags");

/** Expiry times (Redis clock) that could not be sent, by tag. */
const pending = new Map();

function remember(tags, at) {
  for (const tag of tags) pending.set(tag, Math.max(pending.get(tag) ?? 0, at));
  if (pending.size > MAX_PENDING_TAGS) {
    const newest = Math.max(...pending.values());
    pending.clear();
    pending.set(ALL, newest);
  }
}

function expireArgs(map) {
  return [...map].flatMap(([tag, at]) => [tag, String(Math.round(at))]);
}

let installed = false;

function connection() {
  const redis = redisConnection();
  if (redis && !installed) {
    installed = true;
    redis.onUp(async (client) => {
      // A different Redis process than the one last seen: expiries may have been lost with it.
      const runId = /run_id:(\w+)/.exec(await client.info("server"))?.[1] ?? "unknown";
      const seen = await client.get(redisKey("run-id"));
      if (seen !== runId) {
        if (seen !== null) remember([ALL], redis.now());
        await client.set(redisKey("run-id"), runId);
      }
      if (pending.size === 0) return;
      const replay = new Map(pending);
      await client.eval(EXPIRE, { keys: [TAGS_KEY()], arguments: expireArgs(replay) });
      for (const [tag, at] of replay) if (pending.get(tag) === at) pending.delete(tag);
    });
  }
  return redis;
}

/** Next's in-process record of expired tags, which its own checks read. */
function expireLocally(tags, durations) {
  const now = Date.now();
  for (const tag of tags) {
    const existing = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, { ...existing, stale: now, expired: now + (durations?.expire ?? 0) * 1000 });
  }
}

module.exports = {
  enabled: () => connection() !== null,

  /**
   * The entry stored under `key` if none of its tags (nor `extraTags`) expired after `startedAt`
   * of the entry, else undefined (also while Redis is down). `meta.startedAt` is returned on this
   * process's clock.
   */
  async read(key, extraTags = []) {
    const redis = connection();
    try {
      const reply = await redis.run("cache read", (c) =>
        c.eval(READ, { keys: [redisKey(key), TAGS_KEY()], arguments: extraTags }),
      );
      if (!reply) return undefined;
      const [stored, newest] = reply;
      const nl = stored.indexOf("\n");
      const meta = JSON.parse(stored.slice(0, nl));
      if (Number(newest) >= meta.startedAt - CLOCK_ALLOWANCE_MS && Number(newest) <= redis.now()) return undefined;
      const startedAt = redis.fromRedisTime(meta.startedAt);
      // This instance's own expiries (Next's manifest), in case one has not reached Redis.
      if (areTagsExpired([...meta.tags, ...extraTags], startedAt)) return undefined;
      return { meta: { ...meta, startedAt }, body: stored.slice(nl + 1) };
    } catch (e) {
      if (isRedisUnavailable(e)) return undefined;
      throw e;
    }
  },

  /**
   * Stores `body` (a string) under `key` with `meta` (`tags`, and `startedAt`: when the render
   * began, on this process's clock) for `ttlSeconds`. Skipped while Redis is down.
   */
  async write(key, meta, body, ttlSeconds) {
    const redis = connection();
    const stored = `${JSON.stringify({ ...meta, startedAt: redis.toRedisTime(meta.startedAt) })}\n${body}`;
    try {
      await redis.run("cache write", (c) =>
        c.set(redisKey(key), stored, { PX: Math.max(1000, Math.round(ttlSeconds * 1000)) }),
      );
    } catch (e) {
      if (!isRedisUnavailable(e)) throw e;
    }
  },

  /** Expires `tags` on every instance; remembered and sent later while Redis is down. */
  async expire(tags, durations) {
    if (tags.length === 0) return;
    expireLocally(tags, durations);
    const redis = connection();
    const at = redis.now() + (durations?.expire ?? 0) * 1000;
    try {
      await redis.run("tag expiry", (c) =>
        c.eval(EXPIRE, { keys: [TAGS_KEY()], arguments: expireArgs(tags.map((t) => [t, at])) }),
      );
    } catch (e) {
      if (!isRedisUnavailable(e)) throw e;
      remember(tags, at);
    }
  },

  expireLocally,
};
