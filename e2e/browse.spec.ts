import { expect, test } from "./fixtures";
import { ARTICLES, sql } from "./helpers";

test("home lists articles newest first with category, date, author, excerpt and comment count", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator(".card");
  await expect(cards).toHaveCount(7);
  const dates = await cards.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = cards.first();
  await expect(first.getByRole("link", { name: "Markets" })).toBeVisible();
  await expect(first.getByRole("link", { name: /89 Comments/ })).toBeVisible();
  await expect(first).toContainText("by Tomas Lindqvist");

  await first.getByRole("link", { name: "Markets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Markets" })).toBeVisible();
  await expect(page.locator(".card .card__meta a", { hasText: "Markets" })).toHaveCount(
    await page.locator(".card").count(),
  );
});

test("an article page has the REEx shape and a bounded, nested discussion", async ({ page }) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const article = page.locator("article.post");
  await expect(article.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(article.getByRole("heading", { level: 2, name: "Highlights" })).toBeVisible();
  expect(await article.locator(".highlights li").count()).toBeGreaterThanOrEqual(3);
  expect(await article.locator(".post__body h2").count()).toBeGreaterThanOrEqual(2);
  const external = article.locator('.post__body a[target="_blank"]').first();
  await expect(external).toHaveAttribute("rel", /noopener/);
  await expect(external).toContainText("(opens in a new tab)");

  await expect(page.getByRole("heading", { name: "89 Comments" })).toBeVisible();
  // Nesting is indented to the display depth; deeper replies are behind "Continue this thread".
  await expect(page.locator("ol.children ol.children ol.children ol.children ol.children > li").first()).toBeVisible();
  const cont = page.getByRole("link", { name: "Continue this thread" }).first();
  await expect(cont).toBeVisible();
  await cont.click();
  await expect(page).toHaveURL(/\/comments\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Thread:/ })).toBeVisible();
  expect(await page.locator("article[id^=comment-]").count()).toBeGreaterThan(1);
  await page.getByRole("link", { name: "View the whole discussion" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLES.seeded}#comments$`));
});

test("a permalink to the deepest seeded comment lands on it", async ({ page }) => {
  const [deepest] = await sql<{ id: number }>(`select id from "Comment" order by depth desc, id limit 1`);
  await page.goto(`/comments/${deepest!.id}`);
  await expect(page).toHaveURL(new RegExp(`#comment-${deepest!.id}$`));
  await expect(page.locator(`#comment-${deepest!.id}`)).toBeInViewport();
});

test("health check reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "reachable", redis: "not configured" });
});
