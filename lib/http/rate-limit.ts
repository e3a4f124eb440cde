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
import { LIMITS, type LimitName } from "@/lib/abuse/limits";
import { pool } from "@/lib/db";
import { logger } from "@/lib/log";
import { isRedisUnavailable, redisConnection } from "@/lib/redis/connection.cjs";

export type { LimitName };

// The limits (lib/abuse/limits.ts) live in a store shared by every app process and kept across
// restarts: the app's own PostgreSQL (the "RateLimit" table, created by a migration; one row
// per key, keys carry the limit's prefix), or Redis when REDIS_URL is set. Redis is reached
// through the process's one connection (lib/redis/connection.cjs): every command bounded by a
// short timeout, and none sent while Redis is down or frozen; the limits are then counted in
// PostgreSQL. When PostgreSQL does not answer either, each limit falls back to an in-process
// one with the same numbers (rate-limiter-flexible's insuranceLimiter): per process, but never
// failing the write the limit guards. One warn line marks the start of each such outage.

let insuranceUses = 0;
let degraded = false;

function onInsurance(name: LimitName) {
  insuranceUses += 1;
  if (degraded) return;
  degraded = true;
  logger.warn(
    { event: "rate-limit.store-unavailable", store: "postgres", limit: name },
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

type Limiters = { redis?: RateLimiterRedis; postgres: RateLimiterAbstract };

function createLimiters(name: LimitName, first: boolean): Limiters {
  const limit = LIMITS[name];
  const redis = redisConnection();
  return {
    ...(redis && {
      redis: new RateLimiterRedis({
        ...limit,
        // Only used inside redis.run(): bounded, and skipped while Redis is down.
        storeClient: redis.client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
      }),
    }),
    postgres: new RateLimiterPostgres({
      ...limit,
      storeClient: pool(),
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      // Expired rows are overwritten by the key's next point and ignored until then. One limiter
      // per process deletes those expired over an hour ago every 5 minutes (all limits share the
      // table); the library unref()s that timer, so it never keeps Node or a test runner alive.
      clearExpiredByTimeout: first,
      insuranceLimiter: new Insurance(limit, () => onInsurance(name)),
    }),
  };
}

let limiters: Record<LimitName, Limiters> | undefined;

// Created on first use, not at import: `next build` loads modules without a database.
function limiter(name: LimitName): Limiters {
  limiters ??= Object.fromEntries(
    (Object.keys(LIMITS) as LimitName[]).map((n, i) => [n, createLimiters(n, i === 0)]),
  ) as Record<LimitName, Limiters>;
  return limiters[name];
}

// Keys are hashed: an address and a 254-character email would overflow the key column, and the
// shared store need not hold readers' emails and addresses in the clear.
const stored = (key: string) => createHash("sha256").update(key).digest("base64url");

let redisDown = false;

/**
 * Runs `op` on Redis when it is configured and answers, else on PostgreSQL (where the insurance
 * takes over if that does not answer either), noting when a store answered again after an outage.
 */
async function run<T>(name: LimitName, op: (l: RateLimiterAbstract) => Promise<T>): Promise<T> {
  const limiters = limiter(name);
  const redis = redisConnection();
  if (limiters.redis && redis) {
    try {
      // A reached limit is an answer, not a failure: it must not mark Redis down.
      const outcome = await redis.run("rate limit", () =>
        op(limiters.redis!).then(
          (value) => ({ value }),
          (e: unknown) => {
            if (e instanceof RateLimiterRes) return { limited: e };
            throw e;
          },
        ),
      );
      if (redisDown) {
        redisDown = false;
        logger.info({ event: "rate-limit.store-recovered", store: "redis" }, "rate limits are in Redis again");
      }
      if ("limited" in outcome) throw outcome.limited;
      return outcome.value;
    } catch (e) {
      if (!isRedisUnavailable(e)) throw e;
      if (!redisDown) {
        redisDown = true;
        logger.warn(
          { event: "rate-limit.store-unavailable", store: "redis", error: e.message },
          "Redis does not answer: rate limits are counted in PostgreSQL until it does",
        );
      }
    }
  }
  const before = insuranceUses;
  try {
    return await op(limiters.postgres);
  } finally {
    if (degraded && insuranceUses === before) {
      degraded = false;
      logger.info({ event: "rate-limit.store-recovered", store: "postgres" }, "rate-limit store answers again");
    }
  }
}

/** Spends one point; returns seconds to wait when the limit is reached, else 0. */
export async function rateLimit(name: LimitName, key: string): Promise<number> {
  try {
    await run(name, (l) => l.consume(stored(key)));
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Gives back the point a request spent (e.g. a sign-in that turned out to be genuine). */
export async function refund(name: LimitName, key: string): Promise<void> {
  await run(name, (l) => l.reward(stored(key), 1));
}
