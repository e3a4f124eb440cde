import "server-only";
import { createHash } from "node:crypto";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { createClient } from "redis";
import { LIMITS, type LimitName } from "@/lib/abuse/limits";
import { pool } from "@/lib/db";
import { logger } from "@/lib/log";

export type { LimitName };

// The limits (lib/abuse/limits.ts) live in a store shared by every app process and kept across
// restarts: the app's own PostgreSQL (the "RateLimit" table, created by a migration; one row
// per key, keys carry the limit's prefix), or Redis when REDIS_URL is set. When the store does
// not answer (a database outage, Redis down), each limit falls back to an in-process one with
// the same numbers (rate-limiter-flexible's insuranceLimiter): per process, but never failing
// the write the limit guards. One warn line marks the start of such an outage.

type Store = "postgres" | "redis";

let insuranceUses = 0;
let degraded = false;
let lastRedisError: string | undefined;

function onInsurance(store: Store, name: LimitName) {
  insuranceUses += 1;
  if (degraded) return;
  degraded = true;
  logger.warn(
    { event: "rate-limit.store-unavailable", store, limit: name, ...(store === "redis" && { error: lastRedisError }) },
    "rate-limit store unreachable: limits are per process until it answers again",
  );
}

/** The in-process stand-in, counting its uses so an outage (and its end) can be told. */
class Insurance extends RateLimiterMemory {
  constructor(
    opts: IRateLimiterOptions,
    private readonly onUse: () => void,
  ) {
    super(opts);
  }
  override consume(key: string | number, points?: number, options?: Record<string, unknown>) {
    this.onUse();
    return super.consume(key, points, options);
  }
  override reward(key: string | number, points?: number, options?: Record<string, unknown>) {
    this.onUse();
    return super.reward(key, points, options);
  }
}

const globalForRedis = globalThis as unknown as { reexRateLimitRedis?: ReturnType<typeof createClient> };

/** One Redis client for every limit, connected on first use; commands fail fast while it is down. */
function redis(url: string) {
  if (!globalForRedis.reexRateLimitRedis) {
    const client = createClient({
      url,
      // Refuse commands while disconnected instead of queueing them: the insurance takes over.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
    });
    // Reconnection errors repeat while Redis is down; the outage's warn line carries the last.
    client.on("error", (err: Error) => {
      lastRedisError = err.message;
    });
    client.connect().catch((err: Error) => {
      lastRedisError = err.message;
    });
    globalForRedis.reexRateLimitRedis = client;
  }
  return globalForRedis.reexRateLimitRedis;
}

function createLimiter(name: LimitName, first: boolean): RateLimiterAbstract {
  const limit = LIMITS[name];
  const redisUrl = process.env.REDIS_URL;
  const store: Store = redisUrl ? "redis" : "postgres";
  const insuranceLimiter = new Insurance(limit, () => onInsurance(store, name));
  if (redisUrl) {
    return new RateLimiterRedis({
      ...limit,
      storeClient: redis(redisUrl),
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter,
    });
  }
  return new RateLimiterPostgres({
    ...limit,
    storeClient: pool(),
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true,
    // Expired rows are overwritten by the key's next point and ignored until then. One limiter
    // per process deletes those expired over an hour ago every 5 minutes (all limits share the
    // table); the library unref()s that timer, so it never keeps Node or a test runner alive.
    clearExpiredByTimeout: first,
    insuranceLimiter,
  });
}

let limiters: Record<LimitName, RateLimiterAbstract> | undefined;

// Created on first use, not at import: `next build` loads modules without a database.
function limiter(name: LimitName): RateLimiterAbstract {
  limiters ??= Object.fromEntries(
    (Object.keys(LIMITS) as LimitName[]).map((n, i) => [n, createLimiter(n, i === 0)]),
  ) as Record<LimitName, RateLimiterAbstract>;
  return limiters[name];
}

// Keys are hashed: an address and a 254-character email would overflow the key column, and the
// shared store need not hold readers' emails and addresses in the clear.
const stored = (key: string) => createHash("sha256").update(key).digest("base64url");

/** Runs one store operation, noting when the store answered again after an outage. */
async function run<T>(op: () => Promise<T>): Promise<T> {
  const before = insuranceUses;
  try {
    return await op();
  } finally {
    if (degraded && insuranceUses === before) {
      degraded = false;
      logger.info({ event: "rate-limit.store-recovered" }, "rate-limit store answers again");
    }
  }
}

/** Spends one point; returns seconds to wait when the limit is reached, else 0. */
export async function rateLimit(name: LimitName, key: string): Promise<number> {
  try {
    await run(() => limiter(name).consume(stored(key)));
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Gives back the point a request spent (e.g. a sign-in that turned out to be genuine). */
export async function refund(name: LimitName, key: string): Promise<void> {
  await run(() => limiter(name).reward(stored(key), 1));
}
