import { connection } from "next/server";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { redisConnection } from "@/lib/redis/connection.cjs";

/** Health answers within this, whatever the database does (a hung server included). */
const HEALTH_TIMEOUT_MS = 1000;

const headers = { "Cache-Control": "no-store" };

/**
 * 503 when the database does not answer (this instance cannot serve). Redis is reported but
 * does not fail the check: without it an instance still serves every page, from the database
 * (slower, and its own pages are not shared), so a load balancer should keep it; taking every
 * instance out because their shared Redis froze would take the site down for nothing.
 */
export async function GET() {
  // Asked at request time, every time: never prerendered or cached.
  await connection();
  const redis = redisConnection();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
  });
  // The ping is bounded by the connection's own timeout (REDIS_TIMEOUT_MS).
  const redisState = redis ? redis.ping().then((up) => (up ? "reachable" : "unavailable")) : "not configured";
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    // (A Redis outage is logged once, where it starts: lib/redis/connection.cjs.)
    const redisNow = await redisState;
    return Response.json(
      { status: redisNow === "unavailable" ? "degraded" : "ok", database: "reachable", redis: redisNow },
      { headers },
    );
  } catch (e) {
    logger.error(
      { event: "health.db-unreachable", error: e instanceof Error ? e.message : String(e) },
      "health check failed",
    );
    return Response.json(
      { status: "error", database: "unreachable", redis: await redisState },
      { status: 503, headers: { ...headers, "Retry-After": "5" } },
    );
  } finally {
    clearTimeout(timer);
  }
}
