import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { makePerson, sql, type Person } from "./helpers";
// @ts-expect-error: a plain ES module of the test harness
import { startRedisServer } from "../scripts/redis-server.mjs";

// Two instances of the app on one Redis of this file's own (its own port: it is stopped,
// restarted and frozen here), as an operator runs them. Whatever happens to Redis, every page a
// guest gets from either instance says what the database says once the writes have returned.

const PORTS = [3101, 3102];
const BASES = PORTS.map((p) => `http://127.0.0.1:${p}`);
type Redis = Awaited<ReturnType<typeof startRedisServer>>;

test.describe.configure({ mode: "serial" });

let redis: Redis;
let servers: ChildProcess[] = [];
const tag = crypto.randomBytes(4).toString("hex");

async function healthy(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance ${base} did not come up`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  redis = await startRedisServer();
  servers = PORTS.map((port) =>
    spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
      env: { ...process.env, REDIS_URL: redis.url, KEY_PREFIX: `e2e-${tag}`, LOG_LEVEL: "warn" },
      stdio: "ignore",
      detached: true, // its own process group: next start's server process goes with it
    }),
  );
  await Promise.all(BASES.map(healthy));
});

test.afterAll(async () => {
  for (const s of servers) {
    try {
      if (s.pid) process.kill(-s.pid, "SIGTERM");
    } catch {
      // already gone (it may have failed to start): nothing to stop
    }
  }
  await redis?.stop();
});

async function newArticle(key: string, author: Person) {
  const slug = `inst-${tag}-${key}`;
  const [row] = await sql<{ discussionId: number }>(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Instances ' || $1, 'x', ARRAY['One', 'Two', 'Three'], 'Body.', (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id
     FROM d RETURNING "discussionId"`,
    [slug, author.id],
  );
  return { slug, path: `/articles/${slug}`, discussionId: row!.discussionId };
}

async function post(base: string, who: Person, article: { path: string; discussionId: number }, body: string) {
  const form = new FormData();
  form.set("discussionId", String(article.discussionId));
  form.set("body", body);
  form.set("requestKey", crypto.randomUUID());
  form.set("returnTo", article.path);
  const res = await fetch(`${base}/comments`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { cookie: `${who.cookie.name}=${who.cookie.value}`, origin: base },
  });
  expect(res.status, `posting on ${base}`).toBe(303);
}

async function vote(base: string, who: Person, commentId: number, returnTo: string) {
  const form = new FormData();
  form.set("vote", "up");
  form.set("returnTo", returnTo);
  const res = await fetch(`${base}/comments/${commentId}/vote`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { cookie: `${who.cookie.name}=${who.cookie.value}`, origin: base },
  });
  expect(res.status, `voting on ${base}`).toBe(303);
}

async function guest(base: string, path: string) {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, html: await res.text() };
}

/** What the database says the guest pages of this article must show: its comments in id order (Oldest). */
async function truth(discussionId: number) {
  return sql<{ id: number; score: number }>(
    `SELECT id, score FROM "Comment" WHERE "discussionId" = $1 AND status = 'VISIBLE' ORDER BY id`,
    [discussionId],
  );
}

/** Top-level comments on a page (lib/comments/limits.ts ROOTS_PER_PAGE). */
const ROOTS_PER_PAGE = 20;

const byId = (list: { id: number; score: number }[]) => [...list].sort((a, b) => a.id - b.id);

/**
 * Every guest view of the article, on both instances, shows exactly what the database holds:
 * the count, and the first page of comments in each order with their scores.
 */
async function expectGuestPagesMatch(article: { slug: string; path: string; discussionId: number }) {
  const comments = await truth(article.discussionId);
  const count = `${comments.length} Comment${comments.length === 1 ? "" : "s"}`;
  const views = [
    { path: article.path, shown: comments.slice(0, ROOTS_PER_PAGE) },
    { path: `${article.path}?sort=newest`, shown: comments.slice(-ROOTS_PER_PAGE) },
  ];
  for (const base of BASES) {
    for (const view of views) {
      await expect
        .poll(
          async () => {
            const { status, html } = await guest(base, view.path);
            const heading = /<h2\s+id="comments-title">\s*([^<]*?)\s*<\/h2>/.exec(html)?.[1];
            const shown = [...html.matchAll(/<article\s+id="comment-(\d+)"[\s\S]*?data-score="(-?\d+)"/g)].map((m) => ({
              id: Number(m[1]),
              score: Number(m[2]),
            }));
            return { status, heading, shown: byId(shown) };
          },
          { message: `${base}${view.path}`, timeout: 15_000 },
        )
        .toEqual({ status: 200, heading: count, shown: byId(view.shown) });
    }
    // The home page's card for it counts the same.
    await expect
      .poll(
        async () =>
          (await guest(base, "/")).html.match(new RegExp(`${article.slug}#comments"\\s*>\\s*([^<]*?)\\s*<`))?.[1],
        {
          message: `${base}/ card`,
          timeout: 15_000,
        },
      )
      .toBe(count);
  }
}

test("writers and guest readers on two instances: afterwards every guest page matches the database", async () => {
  test.setTimeout(300_000);
  const writers = await Promise.all(
    ["ada", "ben", "cy", "dee", "eli", "flo", "gus", "hal", "ivy", "jo", "kim", "lu"].map((k) =>
      makePerson("inst", tag, k),
    ),
  );
  // Not new accounts: the new-account hourly cap would stop the writers early.
  await sql(`UPDATE "User" SET "createdAt" = now() - interval '30 days' WHERE id = ANY($1)`, [
    writers.map((w) => w.id),
  ]);
  const article = await newArticle("race", writers[0]!);
  let writing = true;
  // 8 guest readers on both instances, both views, as fast as they are answered.
  const readers = Array.from({ length: 8 }, async (_, i) => {
    while (writing) {
      const view = i % 2 ? `${article.path}?sort=newest` : article.path;
      expect((await guest(BASES[i % 2]!, view)).status).toBe(200);
    }
  });
  // 12 writers alternating instances: 8 comments each (the per-minute burst limit is 10), then
  // upvotes on the others' comments: about 750 writes.
  await Promise.all(
    writers.map(async (who, w) => {
      for (let n = 0; n < 8; n++) await post(BASES[(w + n) % 2]!, who, article, `Race ${tag} ${who.name} #${n}`);
    }),
  );
  const mine = await sql<{ id: number; authorId: string }>(
    `SELECT id, "authorId" FROM "Comment" WHERE "discussionId" = $1`,
    [article.discussionId],
  );
  await Promise.all(
    writers.map(async (who, w) => {
      // 55 each: the vote limit is 60 a minute.
      const others = mine.filter((c) => c.authorId !== who.id).slice(0, 55);
      for (const [n, c] of others.entries()) await vote(BASES[(w + n) % 2]!, who, c.id, article.path);
    }),
  );
  writing = false;
  await Promise.all(readers);
  expect(await truth(article.discussionId)).toHaveLength(writers.length * 8);
  await expectGuestPagesMatch(article);
});

test("writes while Redis is down reach guests, and stay when it comes back with its data", async () => {
  test.setTimeout(180_000);
  const writer = await makePerson("inst", tag, "eve");
  const article = await newArticle("outage", writer);
  await post(BASES[0]!, writer, article, `Before the outage ${tag}`);
  // Both instances hold the page in Redis.
  for (const base of [...BASES, ...BASES]) expect((await guest(base, article.path)).status).toBe(200);

  await redis.down();
  try {
    await post(BASES[0]!, writer, article, `During the outage ${tag}`);
    // Served from the database meanwhile, on both.
    for (const base of BASES) expect((await guest(base, article.path)).html).toContain(`During the outage ${tag}`);
  } finally {
    // Back with its data (AOF): the page cached before the outage is still in it.
    await redis.up();
  }
  await expectGuestPagesMatch(article);
});

test("a frozen Redis holds up nobody, health says so, and what was written meanwhile shows after", async () => {
  test.setTimeout(180_000);
  const writer = await makePerson("inst", tag, "fay");
  const article = await newArticle("frozen", writer);
  await post(BASES[1]!, writer, article, `Before the freeze ${tag}`);
  for (const base of [...BASES, ...BASES]) expect((await guest(base, article.path)).status).toBe(200);

  redis.freeze();
  try {
    // Redis stays frozen until these have all been answered: none of them may wait for it.
    for (const base of BASES) {
      const port = new URL(base).port;
      await post(base, writer, article, `During the freeze on port ${port} ${tag}`);
      const page = await guest(base, article.path);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`During the freeze on port ${port} ${tag}`);
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "degraded", database: "reachable", redis: "unavailable" });
    }
  } finally {
    redis.thaw();
  }
  await expectGuestPagesMatch(article);
  for (const base of BASES) {
    await expect
      .poll(async () => (await (await fetch(`${base}/api/health`)).json()).redis, { timeout: 15_000 })
      .toBe("reachable");
  }
});
