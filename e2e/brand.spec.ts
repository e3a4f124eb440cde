import { expect, test } from "./fixtures";
import crypto from "node:crypto";
import { ARTICLES, expectNoViolations, makePerson, pageAs, sql } from "./helpers";

// The look of a news site (issue 10): the app's own serif, a logo mark, a front page with a
// lead story, times a reader can read, scores only where they say something, and seed data
// that shows the features. Asserted as facts (fonts loaded, sizes, text), not screenshots.

test("the serif comes from the app itself, and headlines use it; the header carries the logo mark", async ({
  page,
  request,
}) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const css = await (await request.get((await page.locator('link[rel="stylesheet"]').getAttribute("href"))!)).text();
  const font = /url\((\/assets\/fonts\/source-serif-4-latin-wght-normal\.woff2\?v=\w+)\)/.exec(css);
  expect(font, "an @font-face served from /assets/fonts").not.toBeNull();
  const file = await request.get(font![1]!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toMatch(/font\/woff2/);

  await page.evaluate(() => document.fonts.ready);
  expect(await page.locator("h1").evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(
    /^"Source Serif 4 Variable"/,
  );
  const loaded = () => [...document.fonts].some((f) => f.family.includes("Source Serif 4") && f.status === "loaded");
  await expect.poll(() => page.evaluate(loaded)).toBe(true);

  const home = page.getByRole("link", { name: "REEx Discussions" });
  await expect(home.locator("svg")).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  // The phone's Menu button is not on a desktop.
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
});

test("at 1280 px an admin's header is a masthead row (name, account) over one row of sections", async ({
  browser,
  baseURL,
}) => {
  const admin = await makePerson("brand", crypto.randomBytes(4).toString("hex"), "admin", "ADMIN");
  const page = await pageAs(browser, admin, baseURL!);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const [title, account, sections] = [await box(".site-title"), await box(".account"), await box(".nav-list")];
  // The account sits on the name's row, in one line; the sections below, in one line.
  expect(account.y).toBeLessThan(title.y + title.height);
  expect(account.height).toBeLessThan(48);
  expect(sections.y).toBeGreaterThanOrEqual(title.y + title.height);
  expect(sections.height).toBeLessThan(48);
  await expect(page.getByRole("link", { name: "Moderation" })).toBeVisible();
  await page.context().close();
});

test("the front page leads with the latest story, larger, and the others follow under 'More stories'", async ({
  page,
}) => {
  await page.goto("/");
  const lead = page.locator(".card--lead");
  await expect(lead).toHaveCount(1);
  const [newest] = await sql<{ title: string }>(
    `SELECT title FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 1`,
  );
  await expect(lead.getByRole("heading", { level: 2 })).toHaveText(newest!.title);
  const more = page.getByRole("region", { name: "More stories" });
  const others = more.getByRole("heading", { level: 3 });
  expect(await others.count()).toBeGreaterThan(1);
  const size = (h: import("@playwright/test").Locator) => h.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size(lead.getByRole("heading", { level: 2 }))).toBeGreaterThan(await size(others.first()));
  // Authors link to their page and carry their role.
  await expect(lead.locator(".card__meta .role-badge")).toHaveText("Analyst");
  await expectNoViolations(page);
});

test.describe("times", () => {
  test.use({ locale: "en-US", timezoneId: "Asia/Tokyo" });

  test("read as relative times, with the exact time in the reader's own zone on hover and on focus", async ({
    page,
  }) => {
    await page.goto(`/articles/${ARTICLES.seeded}`);
    const time = page.locator(".comment__permalink time").first();
    await expect(time).toHaveText(/ ago$|^yesterday$|^last |^just now$/);
    const at = new Date((await time.getAttribute("datetime"))!);
    const tokyo = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" });
    const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ");
    expect(norm(await time.getAttribute("title"))).toBe(norm(tokyo.format(at)));
    await page.locator(".comment__permalink").first().focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const after = await time.evaluate((t) => getComputedStyle(t, "::after").content);
    expect(norm(after)).toContain(norm(tokyo.format(at)));
  });
});

test("seeded discussions show votes (Top differs from Oldest), edits with history and a deleted comment's replies", async ({
  page,
}) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  // No "0 points" anywhere; a voted comment shows its score.
  await expect(page.getByText(/^0 points$/)).toHaveCount(0);
  await expect(page.locator(".comment__score", { hasText: /^5 points$/ }).first()).toBeVisible();
  const firstId = () => page.locator(".comment-list > li > article").first().getAttribute("id");
  const oldest = await firstId();
  await page.goto(`/articles/${ARTICLES.seeded}?sort=top`);
  expect(await firstId()).not.toBe(oldest);

  const edited = page.getByRole("link", { name: /^edited/ }).first();
  await edited.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(2 versions)");
  await expect(page.locator(".revision-list")).toContainText("Edit:");

  await page.goto("/articles/lynas-heavy-rare-earths-push");
  const placeholder = page.locator("li.comment", { has: page.getByText("[deleted]", { exact: true }) }).first();
  await expect(placeholder.locator(".children article")).toHaveCount(2);
});
