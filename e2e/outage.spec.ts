import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import pg from "pg";
import { ARTICLES, DEMO, commentBox, makePerson, signInOk, sql } from "./helpers";

/**
 * A real outage of the app's database: it stops accepting connections and every open one is
 * cut, then it comes back. Done from the server's maintenance database, so only this test
 * run's database is affected.
 */
async function setDatabaseOnline(online: boolean) {
  const url = new URL(process.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name.replaceAll('"', '""')}" ALLOW_CONNECTIONS ${online}`);
    if (!online) {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    }
  } finally {
    await client.end();
  }
}

test("a database outage: health says 503, pages and forms say so with the site around them, then it recovers", async ({
  page,
  request,
}) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  await page.goto(`/articles/${ARTICLES.jsFlow}`);
  const text = `Written during an outage ${Date.now()}`;
  await commentBox(page).fill(text);
  // The same, without JavaScript.
  const noJs = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  await noJs.addCookies(await page.context().cookies());
  const plain = await noJs.newPage();
  await plain.goto(`/articles/${ARTICLES.jsFlow}`);
  const plainText = `Written without JavaScript during an outage ${Date.now()}`;
  await commentBox(plain).fill(plainText);

  await setDatabaseOnline(false);
  try {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(503);

    // Posting: a clear message, and the text is still in the box.
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator(".form-message")).toContainText(
      /can't reach the discussion right now; your text is kept|busy/,
    );
    await expect(commentBox(page)).toHaveValue(text);

    // Without JavaScript the post re-renders the page, which cannot load: it gives the text back.
    await plain.getByRole("button", { name: "Post Comment" }).click();
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(/can't reach the discussion right now|very busy/);
    await expect(
      plain.getByRole("textbox", { name: /Your comment was not posted, but your text is kept/ }),
    ).toHaveValue(plainText);

    // A page load: the site's header and a message, also without JavaScript, and the reader
    // is not shown as signed out.
    await plain.goto(`/articles/${ARTICLES.seeded}`);
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(/can't reach the discussion right now|very busy/);
    await expect(plain.getByRole("link", { name: "REEx Discussions" })).toBeVisible();
    await expect(plain.getByText("Account status unavailable")).toBeVisible();
    await expect(plain.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await noJs.close();

    // The trouble page is a page like the others: no axe violations.
    const trouble = await page.context().newPage();
    await trouble.goto(`/articles/${ARTICLES.seeded}`);
    await expect(trouble.getByRole("heading", { level: 1 })).toHaveText(
      /can't reach the discussion right now|very busy/,
    );
    const axe = await new AxeBuilder({ page: trouble })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await trouble.close();
  } finally {
    await setDatabaseOnline(true);
  }

  // Back by itself, without a restart.
  await expect.poll(async () => (await request.get("/api/health")).status(), { timeout: 15_000 }).toBe(200);
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("article[id^=comment-]", { hasText: text })).toBeVisible();
});

test("guest views that are not in the cache, with the database down: the trouble page, 503 and Retry-After", async () => {
  const base = "http://localhost:3100";
  const tag = crypto.randomBytes(4).toString("hex");
  const writer = await makePerson("outage", tag, "writer");
  const [article] = await sql<{ discussionId: number }>(`SELECT "discussionId" FROM "Article" WHERE slug = $1`, [
    ARTICLES.seeded,
  ]);
  const [thread] = await sql<{ id: number; discussionId: number }>(
    `SELECT id, "discussionId" FROM "Thread" ORDER BY id LIMIT 1`,
  );
  // A comment on each expires what shows them: the home page's counts, the forum's lists.
  for (const [discussionId, returnTo] of [
    [article!.discussionId, `/articles/${ARTICLES.seeded}`],
    [thread!.discussionId, `/forum/t/${thread!.id}`],
  ] as const) {
    const form = new FormData();
    form.set("discussionId", String(discussionId));
    form.set("body", `Before the outage ${tag}`);
    form.set("requestKey", crypto.randomUUID());
    form.set("returnTo", returnTo);
    const res = await fetch(`${base}/comments`, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { cookie: `${writer.cookie.name}=${writer.cookie.value}`, origin: base },
    });
    expect(res.status).toBe(303);
  }
  await setDatabaseOnline(false);
  try {
    for (const path of [
      "/",
      "/forum",
      `/articles/${ARTICLES.seeded}?sort=newest`,
      `/forum/t/${thread!.id}?sort=newest`,
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after"), path).toBe("5");
      expect(await res.text(), path).toMatch(/We can(&#39;|')t reach the discussion right now/);
    }
  } finally {
    await setDatabaseOnline(true);
  }
});
