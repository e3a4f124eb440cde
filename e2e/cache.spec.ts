import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { type APIRequestContext, type Browser } from "@playwright/test";
import { QUERY_COUNTER_PORT } from "../playwright.config";
import { commentBox, sql } from "./helpers";

// Guests get pages from Next's cache until a write changes what they show; signed-in readers
// get pages of their own. These tests use an article and readers of their own.

type Reader = { id: string; name: string; cookie: { name: string; value: string } };

async function makeReader(tag: string, i: number): Promise<Reader> {
  const id = `cache-${tag}-${i}`;
  const name = `Cache Reader ${i} ${tag}`;
  await sql(`INSERT INTO "User" (id, email, "displayName", "passwordHash") VALUES ($1, $2, $3, 'no-password')`, [
    id,
    `${id}@test.example`,
    name,
  ]);
  const token = crypto.randomBytes(32).toString("hex");
  await sql(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [`${id}-session`, token, id],
  );
  return { id, name, cookie: { name: "next-auth.session-token", value: token } };
}

async function makeArticle(tag: string, authorId: string): Promise<string> {
  const slug = `cache-${tag}`;
  await sql(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Cache test ' || $1, 'Cache test', ARRAY['One', 'Two', 'Three'], 'Body.',
            (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id FROM d`,
    [slug, authorId],
  );
  return `/articles/${slug}`;
}

async function statementsOf(request: APIRequestContext, path: string) {
  const read = async () =>
    ((await (await request.get(`http://127.0.0.1:${QUERY_COUNTER_PORT}/`)).json()) as { count: number }).count;
  const before = await read();
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  return { statements: (await read()) - before, html: await res.text() };
}

async function signedInPage(browser: Browser, reader: Reader, baseURL: string) {
  const context = await browser.newContext();
  await context.addCookies([{ ...reader.cookie, url: baseURL }]);
  return context.newPage();
}

test("a guest page is rendered once, served from the cache, and rendered again after a write", async ({
  request,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const writer = await makeReader(tag, 0);
  const path = await makeArticle(tag, writer.id);

  const first = await statementsOf(request, path);
  expect(first.statements).toBeGreaterThan(0);
  expect((await statementsOf(request, path)).statements).toBe(0);
  expect((await statementsOf(request, `${path}?utm_source=x`)).statements).toBe(0);

  // A post through the plain form (no JavaScript), as the writer.
  const html = await (
    await request.get(path, { headers: { cookie: `${writer.cookie.name}=${writer.cookie.value}` } })
  ).text();
  const discussionId = /name="discussionId"\s+value="(\d+)"/.exec(html)![1]!;
  const res = await request.post("/comments", {
    multipart: { discussionId, body: `Fresh ${tag}`, requestKey: crypto.randomUUID(), returnTo: path },
    headers: { cookie: `${writer.cookie.name}=${writer.cookie.value}`, origin: baseURL! },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);

  const after = await statementsOf(request, path);
  expect(after.statements).toBeGreaterThan(0);
  expect(after.html).toContain(`Fresh ${tag}`);
  expect((await statementsOf(request, path)).statements).toBe(0);
});

test("a guest sees a reply, an edit and a delete on reload; the writer sees each at once", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const writer = await makeReader(tag, 0);
  const path = await makeArticle(tag, writer.id);
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(path);
  await expect(guest.getByText("No comments yet.")).toBeVisible();

  const page = await signedInPage(browser, writer, baseURL!);
  await page.goto(path);
  await commentBox(page).fill(`First words ${tag}`);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const item = page.locator("article[id^=comment-]", { hasText: `First words ${tag}` });
  await expect(item).toBeVisible();
  const id = (await item.getAttribute("id"))!;
  await guest.reload();
  await expect(guest.locator(`#${id}`)).toContainText(`First words ${tag}`);

  await item.getByRole("link", { name: "Edit your comment" }).click();
  await page.getByRole("textbox", { name: "Edit comment" }).fill(`Second thoughts ${tag}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(`#${id}`)).toContainText(`Second thoughts ${tag}`);
  await guest.reload();
  await expect(guest.locator(`#${id}`)).toContainText(`Second thoughts ${tag}`);

  await page.locator(`#${id}`).getByRole("link", { name: "Delete your comment" }).click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.locator(`#${id}`)).toHaveCount(0);
  await guest.reload();
  await expect(guest.locator(`#${id}`)).toHaveCount(0);
  await expect(guest.getByText("No comments yet.")).toBeVisible();
});

test("signed-in readers never get each other's page: name and own controls only", async ({ browser, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const [a, b] = [await makeReader(tag, 1), await makeReader(tag, 2)];
  const path = await makeArticle(tag, a.id);
  for (const who of [a, b]) {
    const p = await signedInPage(browser, who, baseURL!);
    await p.goto(path);
    await commentBox(p).fill(`Said by ${who.name}`);
    await p.getByRole("button", { name: "Post Comment" }).click();
    await expect(p.getByText(`Said by ${who.name}`)).toBeVisible();
    await p.context().close();
  }
  const pages = [await signedInPage(browser, a, baseURL!), await signedInPage(browser, b, baseURL!)];
  const guest = await (await browser.newContext()).newPage();
  for (let round = 0; round < 3; round++) {
    for (const [i, who] of [a, b].entries()) {
      const p = pages[i]!;
      const other = i === 0 ? b : a;
      await p.goto(path);
      await expect(p.getByText(`Logged in as ${who.name}.`)).toBeVisible();
      await expect(p.getByText(`Signed in as ${who.name}`)).toBeVisible();
      await expect(p.getByText(other.name, { exact: false }).filter({ hasText: "Logged in as" })).toHaveCount(0);
      const own = p.locator("article", { hasText: `Said by ${who.name}` });
      const theirs = p.locator("article", { hasText: `Said by ${other.name}` });
      await expect(own.getByRole("link", { name: "Edit your comment" })).toBeVisible();
      await expect(theirs.getByRole("link", { name: "Edit your comment" })).toHaveCount(0);
      await expect(theirs.getByRole("button", { name: /^Upvote comment by/ })).toBeVisible();
      await expect(own.getByRole("button", { name: /^Upvote comment by/ })).toHaveCount(0);
      await guest.goto(path);
      await expect(guest.getByText("You must be logged in to post a comment.")).toBeVisible();
      await expect(guest.getByRole("link", { name: "Edit your comment" })).toHaveCount(0);
      await expect(guest.getByText("Signed in as")).toHaveCount(0);
    }
  }
});

test("cache headers: guests' pages may be shared briefly, signed-in pages are private; the CSP needs no nonce", async ({
  request,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const reader = await makeReader(tag, 0);
  const path = await makeArticle(tag, reader.id);
  const guest = await request.get(path);
  expect(guest.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(guest.headers()["vary"]).toMatch(/Cookie/);
  expect(guest.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
  expect(await guest.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  const own = await request.get(path, { headers: { cookie: `${reader.cookie.name}=${reader.cookie.value}` } });
  expect(own.headers()["cache-control"]).toBe("private, no-cache");
});
