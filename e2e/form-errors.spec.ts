import crypto from "node:crypto";
import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { makePerson, pageAs, sql, type Person } from "./helpers";

// A form whose handling fails in a way nobody foresaw gets the site's own error page (500,
// the request's id to quote, the typed text to copy), never Next's empty 500 page. The
// failure is real: for the length of one test, a trigger makes the database refuse the one
// write that carries the test's marker with an error of its own (SQLSTATE P0001), which is
// neither a busy nor an unreachable database, so no route expects it.

async function withFault<T>(table: string, column: string, marker: string, run: () => Promise<T>): Promise<T> {
  const name = `e2e_fault_${crypto.randomBytes(4).toString("hex")}`;
  await sql(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."${column}"::text LIKE '%' || TG_ARGV[0] || '%' THEN
        RAISE EXCEPTION 'refused by the test''s fault trigger (%)', TG_ARGV[0];
      END IF;
      RETURN NEW;
    END $$`);
  await sql(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}('${marker}')`,
  );
  try {
    return await run();
  } finally {
    await sql(`DROP TRIGGER ${name} ON "${table}"`);
    await sql(`DROP FUNCTION ${name}()`);
  }
}

/** A plain form post (no JavaScript), as a browser sends it. */
function post(request: APIRequestContext, baseURL: string, who: Person, path: string, form: Record<string, string>) {
  return request.post(path, {
    form,
    headers: { cookie: `${who.cookie.name}=${who.cookie.value}`, origin: baseURL },
    maxRedirects: 0,
  });
}

/** The site's error page: 500, the site's header, the request id as its reference, the text given back. */
async function expectErrorPage(res: APIResponse, ...kept: string[]) {
  expect(res.status()).toBe(500);
  const html = await res.text();
  expect(html).toContain("<h1>Something went wrong</h1>");
  expect(html).toMatch(/REEx Discussions<\/a\s*>/);
  const id = res.headers()["x-request-id"];
  expect(id).toMatch(/^[\w-]{8,}$/);
  expect(html).toContain(`Reference: ${id}`);
  const box = /<textarea id="unsaved-text" readonly rows="7">\n([^<]*)<\/textarea>/.exec(html);
  for (const text of kept) expect(box?.[1], "the typed text, to copy").toContain(text);
}

test("account: the error page, with the request id and the display name typed (no JavaScript)", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const me = await makePerson("fault", tag, "reader");
  const page = await pageAs(browser, me, baseURL!, false);
  await page.goto("/account");
  const typed = `Faulty ${tag}`;
  await page.getByRole("textbox", { name: "Display name" }).fill(typed);
  const answer = await withFault("User", "displayName", tag, async () => {
    const response = page.waitForResponse((r) => r.url().endsWith("/account/name"));
    await page.getByRole("button", { name: "Save display name" }).click();
    return response;
  });
  expect(answer.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
  await expect(page.getByText(`Reference: ${answer.headers()["x-request-id"]}`)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your text is kept" })).toHaveValue(typed);
  await expect(page.getByRole("link", { name: "REEx Discussions" })).toBeVisible();
  await page.context().close();
});

test("newsroom: a failed save gives back every field of the article", async ({ request, baseURL }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson("fault", tag, "analyst", "ANALYST");
  const [category] = await sql<{ slug: string }>(`SELECT slug FROM "Category" ORDER BY slug LIMIT 1`);
  const form = {
    title: `Faulty article ${tag}`,
    slug: "",
    category: category!.slug,
    excerpt: "An excerpt long enough to pass.",
    highlights: "First point\nSecond point\nThird point",
    body: `The body as written ${tag}.`,
    tags: "",
    intent: "publish",
  };
  const res = await withFault("Article", "title", tag, () => post(request, baseURL!, analyst, "/newsroom/new", form));
  await expectErrorPage(
    res,
    `Title:\nFaulty article ${tag}`,
    "Highlights:\nFirst point\nSecond point\nThird point",
    `Article:\nThe body as written ${tag}.`,
  );
  expect(await sql(`SELECT 1 FROM "Article" WHERE title = $1`, [form.title])).toHaveLength(0);
});

test("forum: a failed new thread and a failed category rename give back what was typed", async ({
  request,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson("fault", tag, "analyst", "ANALYST");
  const admin = await makePerson("fault", tag, "admin", "ADMIN");
  const [category] = await sql<{ id: string; slug: string; description: string }>(
    `SELECT id, slug, description FROM "ForumCategory" ORDER BY position LIMIT 1`,
  );
  const thread = await withFault("Thread", "title", tag, () =>
    post(request, baseURL!, analyst, "/forum/new", {
      title: `Faulty thread ${tag}`,
      category: category!.slug,
      body: `What I wanted to ask ${tag}`,
      tags: "magnets",
      requestKey: crypto.randomUUID(),
    }),
  );
  await expectErrorPage(thread, `Title:\nFaulty thread ${tag}`, `Text:\nWhat I wanted to ask ${tag}`);

  const rename = await withFault("ForumCategory", "name", tag, () =>
    post(request, baseURL!, admin, "/forum/categories", {
      id: category!.id,
      name: `Faulty name ${tag}`,
      slug: category!.slug,
      description: category!.description,
    }),
  );
  await expectErrorPage(rename, `Name:\nFaulty name ${tag}`);
});

test("moderation: a failed suspension gives back the reason; the enhancer gets JSON with the reference", async ({
  request,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const mod = await makePerson("fault", tag, "moderator", "MODERATOR");
  const target = await makePerson("fault", tag, "target");
  const form = { intent: "suspend", length: "1d", reason: `Faulty reason ${tag}`, returnTo: `/mod/users/${target.id}` };
  const res = await withFault("User", "suspensionReason", tag, () =>
    post(request, baseURL!, mod, `/mod/users/${target.id}/suspend`, form),
  );
  await expectErrorPage(res, `Faulty reason ${tag}`);
  const [row] = await sql<{ suspended: boolean }>(
    `SELECT "suspendedUntil" IS NOT NULL AS suspended FROM "User" WHERE id = $1`,
    [target.id],
  );
  expect(row!.suspended).toBe(false);

  const json = await withFault("User", "suspensionReason", tag, () =>
    request.post(`/mod/users/${target.id}/suspend`, {
      form,
      headers: { cookie: `${mod.cookie.name}=${mod.cookie.value}`, origin: baseURL!, accept: "application/json" },
      maxRedirects: 0,
    }),
  );
  expect(json.status()).toBe(500);
  const body = (await json.json()) as { ok: boolean; message: string; reference: string };
  expect(body).toEqual({
    ok: false,
    message: expect.stringMatching(/^Something went wrong/),
    reference: expect.any(String),
  });
  expect(body.reference).toBe(json.headers()["x-request-id"]);
});
