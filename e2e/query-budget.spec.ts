import { expect, test } from "./fixtures";
import { type APIRequestContext } from "@playwright/test";
import { QUERY_COUNTER_PORT } from "../playwright.config";
import { ARTICLES, DEMO, signInOk, sql } from "./helpers";

// Structural limits, not timings: how many SQL statements one page costs.
async function statements(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const read = async () =>
    ((await (await request.get(`http://127.0.0.1:${QUERY_COUNTER_PORT}/`)).json()) as { count: number }).count;
  await request.get(path, { headers }); // warm: the categories cache and the session
  // The counter is the whole server's: a statement from elsewhere in it (the forum's view
  // counter writes every 5 seconds) can fall inside one request's window, never inside all three.
  let fewest = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = await read();
    const res = await request.get(path, { headers });
    expect(res.status()).toBe(200);
    fewest = Math.min(fewest, (await read()) - before);
  }
  return fewest;
}

test("an article page costs at most 2 queries for a guest and 3 signed in", async ({ page, request }) => {
  const path = `/articles/${ARTICLES.seeded}`;
  expect(await statements(request, path)).toBeLessThanOrEqual(2);

  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.close(); // nothing else may talk to the server while we count
  expect(await statements(request, path, { cookie })).toBeLessThanOrEqual(3);
});

test("a thread page and a sorted page stay within their budgets", async ({ request }) => {
  expect(await statements(request, `/articles/${ARTICLES.seeded}?sort=top`)).toBeLessThanOrEqual(2);
  const html = await (await request.get(`/articles/${ARTICLES.seeded}`)).text();
  const thread = /href="(\/articles\/[^"]+\/comments\/\d+)"/.exec(html)![1]!;
  expect(await statements(request, thread)).toBeLessThanOrEqual(4);
});

test("the moderation pages cost a fixed number of statements, whatever the queue holds", async ({ page, request }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.moderator);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.close();
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO.reader.email]);
  // Each: the session, the header's open-item count, then the page's own statements.
  expect(await statements(request, "/mod", { cookie })).toBeLessThanOrEqual(5);
  expect(await statements(request, "/mod/log", { cookie })).toBeLessThanOrEqual(4);
  expect(await statements(request, `/mod/users/${user!.id}`, { cookie })).toBeLessThanOrEqual(6);
});

test("forum pages cost a fixed number of statements, whatever the forum holds", async ({ page, request }) => {
  const [thread] = await sql<{ id: number; slug: string }>(
    `SELECT t.id, t.slug FROM "Thread" t JOIN "Discussion" d ON d.id = t."discussionId" ORDER BY d."commentCount" DESC LIMIT 1`,
  );
  const threadPath = `/forum/t/${thread!.id}-${thread!.slug}`;
  // Guests: the categories (cached) and a list of threads; a thread and its first page of replies.
  expect(await statements(request, "/forum")).toBeLessThanOrEqual(2);
  expect(await statements(request, "/forum/markets")).toBeLessThanOrEqual(2);
  expect(await statements(request, threadPath)).toBeLessThanOrEqual(2);
  expect(await statements(request, `${threadPath}?sort=top`)).toBeLessThanOrEqual(2);

  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.close();
  // Signed in: the session, then the same statements.
  expect(await statements(request, "/forum/markets", { cookie })).toBeLessThanOrEqual(3);
  expect(await statements(request, threadPath, { cookie })).toBeLessThanOrEqual(3);
});
