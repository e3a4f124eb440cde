/* eslint-disable @typescript-eslint/no-require-imports */
// One Redis connection per process (REDIS_URL), shared by the cache handlers (lib/cache/) and
// the rate limits (lib/http/rate-limit.ts). Redis is an accelerator here, never a dependency:
//
// - Every command is bounded by REDIS_TIMEOUT_MS (500 ms). A command that fails or does not
//   answer in time marks Redis down; while it is down no command is sent at all (the caller
//   falls back at once: render from the database, limits on PostgreSQL), and a probe (PING)
//   runs at most once a second. A frozen Redis (SIGSTOP, a stalled disk) therefore costs the
//   requests in flight at that moment one timeout, and nobody after them anything.
// - Before Redis is used again the probe runs the `onUp` hooks (the cache replays the tag
//   expiries it could not send, and checks whether Redis restarted). Until they succeed, it
//   stays down.
// - Times written to Redis are on Redis's clock (TIME, measured by each probe), so instances on
//   hosts whose clocks disagree still compare an entry's time with a tag's expiry correctly.
//
// CommonJS and shared through globalThis: Next loads the cache handlers itself, outside the
// app's bundle, and the bundle has a copy of this module of its own; both must use one client.

const { createClient } = require("redis");

const TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS ?? 500);
const PROBE_INTERVAL_MS = 1000;
const KEY = Symbol.for("reex.redis.connection");

class RedisUnavailableError extends Error {
  constructor(message) {
    super(`Redis unavailable: ${message}`);
    this.name = "RedisUnavailableError";
  }
}

/** By name, not class: the app's bundle and Next's handlers each load a copy of this module. */
function isRedisUnavailable(e) {
  return e instanceof Error && e.name === "RedisUnavailableError";
}

/** One line on stderr, as pino writes them (this module is outside the app's logger). */
function log(level, event, msg, extra) {
  if (process.env.LOG_LEVEL === "silent") return;
  const levels = { info: 30, warn: 40 };
  if (process.env.LOG_LEVEL === "warn" && level === "info") return;
  process.stderr.write(`${JSON.stringify({ level: levels[level], time: Date.now(), event, ...extra, msg })}\n`);
}

function bounded(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new RedisUnavailableError(`${what}: no answer within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function connect(url) {
  const client = createClient({
    url,
    // Refuse commands while disconnected instead of queueing them: callers fall back at once.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  const state = {
    up: false,
    everUp: false,
    lastError: "not connected yet",
    lastProbe: 0,
    probing: null,
    /** Redis's clock minus ours, in ms (measured by each probe). */
    offset: 0,
    hooks: [],
    /** Settles when the first connection attempt has succeeded or failed. */
    firstAttempt: null,
    firstWait: null,
  };
  let firstAttemptDone;
  state.firstAttempt = new Promise((resolve) => (firstAttemptDone = resolve));

  function markDown(reason) {
    state.lastError = reason;
    if (!state.up) return;
    state.up = false;
    log("warn", "redis.unavailable", "Redis does not answer: serving without it until it does", { error: reason });
  }

  client.on("error", (err) => {
    markDown(err.message);
    firstAttemptDone(); // the first attempt failed (node-redis goes on retrying)
  });
  client.on("end", () => markDown("connection closed"));
  client.on("ready", () => void probe());
  client.connect().catch((err) => {
    markDown(err.message);
    firstAttemptDone();
  });

  function probe() {
    if (state.probing) return state.probing;
    state.probing = (async () => {
      try {
        const before = Date.now();
        const [seconds, micros] = await bounded(client.sendCommand(["TIME"]), "TIME");
        const after = Date.now();
        state.offset = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) - (before + after) / 2;
        for (const hook of state.hooks) await bounded(hook(client), "reconnect step");
        if (!state.up) {
          if (state.everUp) log("info", "redis.recovered", "Redis answers again");
          state.up = true;
          state.everUp = true;
        }
      } catch (e) {
        markDown(e instanceof Error ? e.message : String(e));
      } finally {
        state.lastProbe = Date.now();
        state.probing = null;
        firstAttemptDone();
        if (state.up) state.firstWait = null;
      }
    })();
    return state.probing;
  }

  return {
    /** The node-redis client, for libraries that take one; call it inside run() only. */
    client,
    /** Redis's clock, in ms: what every time stored in Redis is measured on. */
    now: () => Date.now() + state.offset,
    /** Converts a time on this process's clock to Redis's. */
    toRedisTime: (localMs) => localMs + state.offset,
    fromRedisTime: (redisMs) => redisMs - state.offset,
    /** Runs `hook(client)` before Redis is used after every (re)connection; it must succeed. */
    onUp(hook) {
      state.hooks.push(hook);
      // Registered after connecting: run it now; uses wait for it, this once.
      if (state.up) {
        state.up = false;
        state.firstWait = probe();
      }
    },
    /**
     * Runs `op(client)` within the timeout, or throws RedisUnavailableError at once while Redis
     * is down. Only the very first use waits for the first connection (bounded likewise).
     */
    async run(what, op) {
      if (!state.up) {
        // The first uses wait for the first connection attempt (once, within the timeout).
        if (!state.everUp) state.firstWait ??= bounded(state.firstAttempt, "connect").catch(() => {});
        if (state.firstWait) await state.firstWait;
        if (!state.up && Date.now() - state.lastProbe >= PROBE_INTERVAL_MS) void probe();
        if (!state.up) throw new RedisUnavailableError(state.lastError);
      }
      try {
        return await bounded(op(client), what);
      } catch (e) {
        markDown(e instanceof Error ? e.message : String(e));
        throw isRedisUnavailable(e) ? e : new RedisUnavailableError(e instanceof Error ? e.message : String(e));
      }
    },
    /** For /api/health: answers within the timeout, whatever Redis does. */
    async ping() {
      try {
        await bounded(client.ping(), "PING");
        if (!state.up) await probe();
        return state.up;
      } catch (e) {
        markDown(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    async close() {
      if (client.isReady) await client.quit().catch(() => {});
      else if (client.isOpen) await client.disconnect().catch(() => {});
    },
  };
}

/** This process's connection to REDIS_URL, or null when REDIS_URL is not set. */
function redisConnection() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  globalThis[KEY] ??= connect(url);
  return globalThis[KEY];
}

/** Keys of this deployment (several may share one Redis): KEY_PREFIX, default "reex". */
function redisKey(name) {
  return `${process.env.KEY_PREFIX || "reex"}:${name}`;
}

module.exports = { redisConnection, redisKey, RedisUnavailableError, isRedisUnavailable };
