import crypto from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
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

/** A user of a test's own, with a session: written straight into the database. */
export type Person = { id: string; name: string; cookie: { name: string; value: string } };

/** `${prefix}-${tag}-${key}`, display name "{Key} {tag}", and a session cookie for it. */
export async function makePerson(prefix: string, tag: string, key: string, role = "READER"): Promise<Person> {
  const id = `${prefix}-${tag}-${key}`;
  const name = `${key[0]!.toUpperCase()}${key.slice(1)} ${tag}`;
  await sql(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", role) VALUES ($1, $2, $3, 'no-password', $4::"Role")`,
    [id, `${id}@test.example`, name, role],
  );
  const token = crypto.randomBytes(32).toString("hex");
  await sql(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [`${id}-session`, token, id],
  );
  return { id, name, cookie: { name: "next-auth.session-token", value: token } };
}

/** A page in a browser context of its own, signed in as `who` (a guest for null). */
export async function pageAs(browser: Browser, who: Person | null, baseURL: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  if (who) await context.addCookies([{ ...who.cookie, url: baseURL }]);
  return context.newPage();
}
