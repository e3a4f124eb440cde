import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the test harness
import { startRedisServer } from "@/scripts/redis-server.mjs";

// The shared cache's rules against a real Redis of this test's own (on its own port: it is
// frozen and restarted here). "Another instance" is a second client writing what an instance
// on another host would write.

type Store = typeof import("./redis-store.cjs");
type Connection = NonNullable<ReturnType<typeof import("@/lib/redis/connection.cjs").redisConnection>>;

const tag = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

describe("the shared cache in Redis", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let store: Store;
  let connection: Connection;
  let other: ReturnType<typeof createClient>;
  const prefix = tag("unit");

  beforeAll(async () => {
    server = await startRedisServer();
    process.env.REDIS_URL = server.url;
    process.env.KEY_PREFIX = prefix;
    process.env.REDIS_TIMEOUT_MS = "300";
    store = await import("./redis-store.cjs");
    const { redisConnection } = await import("@/lib/redis/connection.cjs");
    connection = redisConnection()!;
    other = createClient({ url: server.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.quit().catch(() => {});
    await connection?.close();
    await server?.stop();
    delete process.env.REDIS_URL;
  });

  /** Waits until this process uses Redis again (its probe runs at most once a second). */
  async function reconnected() {
    for (let i = 0; i < 100 && !(await connection.ping()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await connection.ping()).toBe(true);
  }

  it("an entry whose render began before another instance expired its tag is a miss", async () => {
    const t = tag("discussion");
    const renderStarted = Date.now();
    // Another instance expires the tag while this one renders (its clock: Redis's).
    const expiredAt = connection.now();
    await other.hSet(`${prefix}:tags`, t, String(expiredAt));
    // ...and this one stores what it read before that, after it.
    await store.write("u:race", { tags: [t], startedAt: renderStarted }, "old", 60);
    expect(await store.read("u:race")).toBeUndefined();
    // A render that began after the expiry is served.
    const after = connection.fromRedisTime(expiredAt) + 200;
    await store.write("u:race", { tags: [t], startedAt: after }, "new", 60);
    expect((await store.read("u:race"))?.body).toBe("new");
  });

  it("an expiry that arrives late never moves a tag's time back", async () => {
    const t = tag("article");
    await other.hSet(`${prefix}:tags`, t, String(connection.now() + 60_000));
    await store.expire([t]);
    expect(Number(await other.hGet(`${prefix}:tags`, t))).toBeGreaterThan(connection.now() + 50_000);
  });

  it("with Redis frozen, reads miss, writes and expiries return, and the expiries are sent when it answers", async () => {
    const t = tag("thread");
    await store.write("u:frozen", { tags: [t], startedAt: Date.now() - 1000 }, "before", 60);
    expect((await store.read("u:frozen"))?.body).toBe("before");
    server.freeze();
    try {
      expect(await store.read("u:frozen")).toBeUndefined();
      await store.expire([t]);
      await store.write("u:frozen-2", { tags: [t], startedAt: Date.now() }, "during", 60);
      expect(await store.read("u:frozen")).toBeUndefined();
    } finally {
      server.thaw();
    }
    await reconnected();
    expect(await other.hGet(`${prefix}:tags`, t)).not.toBeNull();
    expect(await store.read("u:frozen")).toBeUndefined();
  });

  it("after a restart with its data, nothing cached before it is served", async () => {
    const t = tag("lists");
    await store.write("u:restart", { tags: [t], startedAt: Date.now() - 1000 }, "cached", 60);
    expect((await store.read("u:restart"))?.body).toBe("cached");
    await other.quit();
    await server.down();
    await server.up();
    other = createClient({ url: server.url });
    await other.connect();
    // The entry survived (AOF); the tag did not expire; the restart alone makes it a miss.
    expect(await other.exists(`${prefix}:u:restart`)).toBe(1);
    await reconnected();
    expect(await store.read("u:restart")).toBeUndefined();
    await store.write("u:restart", { tags: [t], startedAt: Date.now() + 150 }, "fresh", 60);
    expect((await store.read("u:restart"))?.body).toBe("fresh");
  });
});
