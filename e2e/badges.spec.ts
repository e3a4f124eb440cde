import { expect, test } from "./fixtures";
import { ARTICLES, DEMO, signInOk, sql } from "./helpers";

// Role badges beside names, and the staff-only "(moderate)" link beside every comment author.

const ARTICLE = `/articles/${ARTICLES.seeded}`;

test("a guest sees role badges but no moderation links", async ({ page, request }) => {
  await page.goto(ARTICLE);
  // The comment keeps its author's plain name as its accessible name; the badge sits beside it.
  const byModerator = page.getByRole("article", { name: DEMO.moderator.name, exact: true }).first();
  await expect(byModerator.locator(".role-badge")).toHaveText("Moderator");
  const reader = page
    .locator("article[id^=comment-]")
    .filter({ has: page.getByRole("link", { name: DEMO.reader.name, exact: true }) });
  await expect(reader.first()).toBeVisible();
  await expect(reader.locator(".role-badge")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Moderate / })).toHaveCount(0);
  // Nor in the cached page's markup.
  expect(await (await request.get(ARTICLE)).text()).not.toContain("(moderate)");

  const [mod] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO.moderator.email]);
  await page.goto(`/users/${mod!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${DEMO.moderator.name} Moderator`);
});

test("a moderator sees the badge in the header and a (moderate) link beside each author", async ({ page }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await signInOk(page, DEMO.moderator);
  await expect(page.locator(".account .role-badge")).toHaveText("Moderator");
  await page.goto(ARTICLE);
  const moderate = page.getByRole("link", { name: `Moderate ${DEMO.reader.name}`, exact: true }).first();
  await expect(moderate).toHaveText("(moderate)");
  await moderate.click();
  await expect(page).toHaveURL(/\/mod\/users\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Moderation: ${DEMO.reader.name}`);
});
