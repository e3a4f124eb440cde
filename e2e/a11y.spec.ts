import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { ARTICLES, DEMO, signInOk } from "./helpers";

async function expectNoViolations(page: Page) {
  // After an in-place navigation Next streams the new page's metadata: check the settled page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const [name, path] of [
  ["home page", "/"],
  ["article page with comments", `/articles/${ARTICLES.seeded}`],
  ["category page", "/category/markets"],
  ["sign-in page", "/signin"],
  ["sign-up page", "/signup"],
] as const) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test("axe: thread page and an open reply form, signed in", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  await page.goto(`/articles/${ARTICLES.seeded}`);
  await page
    .getByRole("link", { name: /^Reply to / })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /^Leave a Reply to / })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Continue this thread" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Thread:/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Thread on /); // metadata streams in after the body
  await expectNoViolations(page);
});

test("a form error is announced next to its field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Display name").fill("A");
  await page.getByLabel("Email").fill("a@example.com");
  await page.getByLabel("Password").fill("short-but-10");
  await page.getByLabel("Display name").evaluate((el: HTMLInputElement) => el.removeAttribute("minlength"));
  await page.getByRole("button", { name: "Create account" }).click();
  const field = page.getByLabel("Display name");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("Display name must be at least 2 characters.");
  await expect(field).toHaveValue("A");
  await expectNoViolations(page);
});
