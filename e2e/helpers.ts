import { expect, type Page } from "@playwright/test";
import pg from "pg";

export const ARTICLES = {
  seeded: "ndpr-price-floor-debate",
  jsFlow: "samarium-cobalt-defense-bottleneck",
  noJsFlow: "unconventional-feedstock-iluka-energy-fuels",
  a11y: "eu-crma-rare-earth-progress-check",
};

export const DEMO = {
  reader: { email: "reader@example.com", password: "reader-demo-pass", name: "Maya Chen" },
  analyst: { email: "analyst@example.com", password: "analyst-demo-pass", name: "Tomas Lindqvist" },
  moderator: { email: "moderator@example.com", password: "moderator-demo-pass", name: "Priya Raman" },
};

/** Direct access to the test run's database (scripts/test.mjs sets DATABASE_URL). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The comment box, by its accessible name (the "N Comments" region shares the word). */
export const commentBox = (page: Page) => page.getByRole("textbox", { name: "Comment", exact: true });

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.example`;
}

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInOk(page: Page, who: { email: string; password: string; name: string }) {
  await signIn(page, who);
  await expect(page.getByText(`Signed in as ${who.name}`)).toBeVisible();
}

/** The comment's own list item: its article plus the nested replies below it. */
export function commentItem(page: Page, id: string) {
  return page.locator(`li:has(> #comment-${id})`);
}

export async function commentIdByText(page: Page, text: string): Promise<string> {
  const el = page.locator("article[id^=comment-]", { hasText: text }).last();
  await expect(el).toBeVisible();
  const id = await el.getAttribute("id");
  return id!.replace("comment-", "");
}
