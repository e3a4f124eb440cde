import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// When the store does not answer, each limit falls back to an in-process one with the same
// numbers (never failing the write it guards), and one warn line says so.
const warn = vi.hoisted(() => vi.fn());
vi.mock("@/lib/log", () => ({ logger: { warn, info: vi.fn(), debug: vi.fn(), error: vi.fn() } }));

// Nothing listens on port 1: every connection is refused at once.
const deadPool = vi.hoisted(() => ({ current: undefined as pg.Pool | undefined }));
vi.mock("@/lib/db", () => ({ pool: () => deadPool.current }));

const unique = (label: string) => `${label}-${randomBytes(6).toString("hex")}`;

beforeEach(() => {
  warn.mockClear();
  vi.resetModules();
});
afterEach(() => vi.unstubAllEnvs());

describe("a store outage", () => {
  deadPool.current = new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", max: 1 });
  afterAll(() => deadPool.current?.end());

  it("PostgreSQL down: per-process limits with the same numbers, one warn line", async () => {
    const { rateLimit, refund } = await import("@/lib/http/rate-limit");
    const user = unique("reporter");
    for (let i = 0; i < 10; i++) expect(await rateLimit("report", user)).toBe(0);
    await refund("report", user);
    expect(await rateLimit("report", user)).toBe(0);
    expect(await rateLimit("report", user)).toBeGreaterThan(23 * 60 * 60);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatchObject({ event: "rate-limit.store-unavailable", store: "postgres" });
  });

  it("Redis configured but unreachable: PostgreSQL, then (it being down too) the same", async () => {
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:1");
    const { rateLimit } = await import("@/lib/http/rate-limit");
    const key = Symbol.for("reex.redis.connection");
    const g = globalThis as unknown as Record<symbol, { close(): Promise<unknown> } | undefined>;
    try {
      const ip = unique("203.0.113.5");
      for (let i = 0; i < 20; i++) expect(await rateLimit("signUp", ip)).toBe(0);
      expect(await rateLimit("signUp", ip)).toBeGreaterThan(59 * 60);
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        expect.objectContaining({ event: "rate-limit.store-unavailable", store: "redis" }),
        expect.objectContaining({ event: "rate-limit.store-unavailable", store: "postgres" }),
      ]);
    } finally {
      await g[key]?.close();
      delete g[key];
    }
  });
});
