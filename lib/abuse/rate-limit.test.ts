import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it, vi } from "vitest";
import { pool } from "@/lib/db";
import { LIMITS } from "./limits";

// The limits against the real store (the test database's "RateLimit" table). Keys are unique
// per run: the table outlives a test, as it outlives a restart of the app.
const unique = (label: string) => `${label}-${randomBytes(6).toString("hex")}`;
const hash = (key: string) => createHash("sha256").update(key).digest("base64url");
const storedKey = (prefix: string, key: string) => `${prefix}:${hash(key)}`;

async function freshModule() {
  vi.resetModules();
  return import("@/lib/http/rate-limit");
}

describe("rate limits in PostgreSQL", () => {
  const otherProcess = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  afterAll(() => otherProcess.end());

  it("refuses a burst beyond the limit, with the rest of the window to wait", async () => {
    const { rateLimit } = await freshModule();
    const user = unique("reporter");
    for (let i = 0; i < LIMITS.report.points; i++) expect(await rateLimit("report", user)).toBe(0);
    const wait = await rateLimit("report", user);
    expect(wait).toBeGreaterThan(23 * 60 * 60);
    expect(wait).toBeLessThanOrEqual(24 * 60 * 60);
    expect(await rateLimit("report", unique("another-reporter"))).toBe(0);
  });

  it("keeps counting in the table, not in the process", async () => {
    const { rateLimit } = await freshModule();
    const key = unique("198.51.100.7|ada@test.example");
    for (let i = 0; i < 3; i++) expect(await rateLimit("signIn", key)).toBe(0);
    const rows = await pool().query<{ points: number; expire: string }>(
      `SELECT points, expire FROM "RateLimit" WHERE key = $1`,
      [storedKey(LIMITS.signIn.keyPrefix, key)],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.points).toBe(3);
    // The window is 15 minutes from the first point.
    expect(Number(rows.rows[0]!.expire) - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(Number(rows.rows[0]!.expire) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);
  });

  it("still holds after a restart, and for another process on the same database", async () => {
    const before = await freshModule();
    const key = unique("198.51.100.8|grace@test.example");
    for (let i = 0; i < LIMITS.signIn.points; i++) expect(await before.rateLimit("signIn", key)).toBe(0);
    expect(await before.rateLimit("signIn", key)).toBeGreaterThan(0);

    // A restart: the module (its limiters and their in-process insurance) is loaded afresh.
    const after = await freshModule();
    expect(after).not.toBe(before);
    const wait = await after.rateLimit("signIn", key);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);

    // Another process: its own pool and limiter, no insurance, the same table.
    const other = new RateLimiterPostgres({
      ...LIMITS.signIn,
      storeClient: otherProcess,
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
    const refused = await other.consume(hash(key)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(14 * 60 * 1000);
  });

  it("gives a refunded point back", async () => {
    const { rateLimit, refund } = await freshModule();
    const key = unique("198.51.100.9");
    for (let i = 0; i < LIMITS.signIn.points; i++) expect(await rateLimit("signIn", key)).toBe(0);
    await refund("signIn", key);
    expect(await rateLimit("signIn", key)).toBe(0);
    expect(await rateLimit("signIn", key)).toBeGreaterThan(0);
  });

  it("allows at most 30 comments an hour per user, beyond the per-minute burst", async () => {
    const { rateLimit } = await freshModule();
    const user = unique("commenter");
    for (let i = 0; i < 30; i++) expect(await rateLimit("commentHourly", user)).toBe(0);
    expect(await rateLimit("commentHourly", user)).toBeGreaterThan(59 * 60);
  });
});
