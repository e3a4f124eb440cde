import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { hash } from "@node-rs/argon2";
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

/** axe finds nothing on the page (WCAG 2.1 A and AA). */
export async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A reader of this test's own, written straight into the database (seeded users stay as they are). */
export async function makeReader(prefix: string) {
  const n = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const who = {
    id: `e2e${prefix}${n}`,
    email: uniqueEmail(prefix),
    password: "a-long-enough-password",
    name: `Target ${n.slice(-6)}`,
  };
  const passwordHash = await hash(who.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql(`insert into "User" (id, email, "displayName", "passwordHash", role) values ($1, $2, $3, $4, 'READER')`, [
    who.id,
    who.email,
    who.name,
    passwordHash,
  ]);
  return who;
}
