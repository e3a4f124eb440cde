import { createHash, randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db";
// @ts-expect-error: a plain ES module of the test harness
import { startRedisServer } from "@/scripts/redis-server.mjs";
import { LIMITS } from "./limits";

// Limits in Redis (REDIS_URL), against a Redis of this test's own that it freezes (SIGSTOP):
// a frozen Redis must not hold up the write a limit guards; the limit is counted in PostgreSQL.
const unique = (label: string) => `${label}-${randomBytes(6).toString("hex")}`;
const hash = (key: string) => createHash("sha256").update(key).digest("base64url");

describe("rate limits in Redis", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let other: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startRedisServer();
    process.env.REDIS_URL = server.url;
    process.env.REDIS_TIMEOUT_MS = "300";
    other = createClient({ url: server.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.quit().catch(() => {});
    const { redisConnection } = await import("@/lib/redis/connection.cjs");
    await redisConnection()?.close();
    await server?.stop();
    delete process.env.REDIS_URL;
  });

  it("count in Redis, and in PostgreSQL while Redis is frozen", async () => {
    const { rateLimit } = await import("@/lib/http/rate-limit");
    const user = unique("reporter");
    const stored = `${LIMITS.report.keyPrefix}:${hash(user)}`;
    expect(await rateLimit("report", user)).toBe(0);
    expect(await other.get(stored)).toBe("1");

    server.freeze();
    try {
      for (let i = 0; i < 3; i++) expect(await rateLimit("report", user)).toBe(0);
    } finally {
      server.thaw();
    }
    const rows = await pool().query<{ points: number }>(`SELECT points FROM "RateLimit" WHERE key = $1`, [stored]);
    // The call that met the freeze timed out and went to PostgreSQL; so did those after it.
    expect(rows.rows[0]?.points).toBe(3);
  });
});
