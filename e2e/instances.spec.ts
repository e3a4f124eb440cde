import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import { expect, test } from "./fixtures";
import { sql } from "./helpers";

// Two instances of the app on one Redis (REDIS_URL): a write on one expires the cached pages
// of the other. Skipped where no Redis listens on 127.0.0.1:6379 (.ci/run starts one).

const PORTS = [3101, 3102];

function redisUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(6379, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

async function healthy(port: number) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} did not come up`);
}

test("a comment posted on one instance reaches the other's guest page", async () => {
  test.skip(!(await redisUp()), "no Redis on 127.0.0.1:6379");
  test.setTimeout(120_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const servers: ChildProcess[] = PORTS.map((port) =>
    spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
      env: {
        ...process.env,
        REDIS_URL: "redis://127.0.0.1:6379",
        // This run's keys only; the handler's check of Redis's keyspace-event setting is for
        // eviction notices, which a test of this length does not need.
        KEY_PREFIX: `e2e-${tag}`,
        SKIP_KEYSPACE_CONFIG_CHECK: "true",
        LOG_LEVEL: "warn",
      },
      stdio: "ignore",
      detached: true, // its own process group: next start's server process goes with it
    }),
  );
  try {
    await Promise.all(PORTS.map(healthy));
    const [a, b] = PORTS.map((p) => `http://127.0.0.1:${p}`);
    const id = `inst-${tag}`;
    await sql(`INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES ($1, $2, $3, 'x')`, [
      id,
      `${id}@test.example`,
      `Instance Reader ${tag}`,
    ]);
    const token = crypto.randomBytes(32).toString("hex");
    await sql(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`${id}-s`, token, id],
    );
    const [article] = await sql<{ slug: string; discussionId: number }>(
      `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
       INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
       SELECT $1, $1, 'Instances ' || $1, 'x', ARRAY['One', 'Two', 'Three'], 'Body.', (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id
       FROM d RETURNING slug, "discussionId"`,
      [`inst-${tag}`, id],
    );
    const path = `/articles/${article!.slug}`;
    // Both instances hold the page (B's copy is the one A rendered, from Redis).
    for (const base of [a, b, a, b]) expect((await fetch(`${base}${path}`)).status).toBe(200);

    const form = new FormData();
    form.set("discussionId", String(article!.discussionId));
    form.set("body", `Posted on A ${tag}`);
    form.set("requestKey", crypto.randomUUID());
    form.set("returnTo", path);
    const posted = await fetch(`${a}/comments`, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { cookie: `next-auth.session-token=${token}`, origin: a! },
    });
    expect(posted.status).toBe(303);
    expect(await (await fetch(`${a}${path}`)).text()).toContain(`Posted on A ${tag}`);
    // B learns of the expired tag through Redis (pub/sub, a fraction of a second later).
    await expect
      .poll(async () => (await (await fetch(`${b}${path}`)).text()).includes(`Posted on A ${tag}`), { timeout: 10_000 })
      .toBe(true);
  } finally {
    for (const s of servers) {
      try {
        if (s.pid) process.kill(-s.pid, "SIGTERM");
      } catch {
        // already gone (it may have failed to start): nothing to stop
      }
    }
  }
});
