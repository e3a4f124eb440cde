import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { commentBox, expectNoViolations, makePerson, pageAs, sql } from "./helpers";

// The forum's main path, as its three kinds of people take it: an analyst starts a thread, a
// reader replies, a moderator pins and locks it; the reader's forged reply is refused.

const rows = (page: Page) => page.locator(".thread-list > li");

for (const js of [true, false]) {
  test(`forum ${js ? "with" : "without"} JavaScript: start, reply, bump, pin, lock, forged reply refused`, async ({
    browser,
    baseURL,
    request,
  }) => {
    const tag = crypto.randomBytes(4).toString("hex");
    const category = js
      ? { slug: "markets", name: "Markets" }
      : { slug: "projects-companies", name: "Projects & Companies" };
    const [analyst, reader, mod] = await Promise.all([
      makePerson("forum", tag, "analyst", "ANALYST"),
      makePerson("forum", tag, "reader", "READER"),
      makePerson("forum", tag, "mod", "MODERATOR"),
    ]);
    const a = await pageAs(browser, analyst, baseURL!, js);
    await a.goto("/forum");
    await a.getByRole("link", { name: "New thread" }).click();
    const title = `Offtake terms after the floor ${tag}`;
    await a.getByLabel("Title").fill(title);
    await a.getByLabel("Category").selectOption({ label: category.name });
    await a.getByRole("textbox", { name: "Body" }).fill("Who signs **first**, and at what price?");
    await a.getByLabel("Tags (optional)").fill(`offtake, ndpr-${tag}`);
    await a.getByRole("button", { name: "Start thread" }).click();
    await expect(a.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(a.getByRole("list", { name: "Tags" }).getByText(`ndpr-${tag}`)).toBeVisible();
    await expect(a).toHaveURL(/\/forum\/t\/\d+-offtake-terms-after-the-floor-/);
    const threadUrl = new URL(a.url()).pathname;

    // It tops its category; a second thread then tops it in turn.
    await a.goto(`/forum/${category.slug}`);
    await expect(rows(a).filter({ hasNotText: "Pinned" }).first()).toContainText(title);
    await a.goto(`/forum/new?category=${category.slug}`);
    const second = `A newer thread ${tag}`;
    await a.getByLabel("Title").fill(second);
    await a.getByRole("textbox", { name: "Body" }).fill("Newer.");
    await a.getByRole("button", { name: "Start thread" }).click();
    await expect(a.getByRole("heading", { level: 1, name: second })).toBeVisible();

    // A reader replies: the thread moves back to the top, with its reply count.
    const r = await pageAs(browser, reader, baseURL!, js);
    await r.goto(threadUrl);
    // The page's script runs (its CSP lets it): the reply below goes through it.
    if (js) await expect(r.locator("html")).toHaveClass(/\bjs\b/);
    await expect(r.getByText("Analysts start threads here")).toHaveCount(0);
    const reply = `Nobody signs before the floor is law ${tag}`;
    await commentBox(r).fill(reply);
    await r.getByRole("button", { name: "Post Comment" }).click();
    await expect(r.locator("article[id^=comment-]", { hasText: reply })).toBeVisible();
    await r.goto(`/forum/${category.slug}`);
    const top = rows(r).filter({ hasNotText: "Pinned" }).first();
    await expect(top).toContainText(title);
    await expect(top).toContainText("1 reply");
    await expect(top).toContainText(`last reply by ${reader.name}`);

    // A guest's cached copy of the list, which the pin and the lock must expire.
    expect(await (await request.get(`/forum/${category.slug}`)).text()).toContain(title);
    // The moderator pins it, then locks it; both are in the log.
    const m = await pageAs(browser, mod, baseURL!, js);
    await m.goto(threadUrl);
    await m.getByRole("button", { name: "Pin", exact: true }).click();
    await expect(m.getByRole("button", { name: "Unpin this thread" })).toBeVisible();
    // The guest's list shows the pin (and is cached again, for the lock to expire).
    expect(await (await request.get(`/forum/${category.slug}`)).text()).toContain("thread-flag--pinned");
    await m.getByRole("button", { name: "Lock comments", exact: true }).click();
    await expect(m.getByText("This thread is locked: it takes no new replies.")).toBeVisible();
    await m.goto(`/forum/${category.slug}`);
    await expect(rows(m).first()).toContainText(title);
    await expect(rows(m).first()).toContainText("Pinned");
    await expect(rows(m).first()).toContainText("Locked");
    const guestList = await (await request.get(`/forum/${category.slug}`)).text();
    expect(guestList).toMatch(
      new RegExp(`Pinned</span> <span class="thread-flag thread-flag--locked">Locked</span> <a[^>]*>${title}<`),
    );
    const [thread] = await sql<{ id: number; discussionId: number }>(
      `SELECT id, "discussionId" FROM "Thread" WHERE title = $1`,
      [title],
    );
    const logged = await sql<{ action: string }>(
      `SELECT action::text FROM "ModAction" WHERE "discussionId" = $1 AND "actorId" = $2 ORDER BY id`,
      [thread!.discussionId, mod.id],
    );
    expect(logged.map((l) => l.action)).toEqual(["PIN", "LOCK"]);

    // The reader's page says so, and a reply posted straight to the server is refused.
    await r.goto(threadUrl);
    await expect(r.getByText("This thread is locked: it takes no new replies.")).toBeVisible();
    await expect(commentBox(r)).toHaveCount(0);
    const forged = await request.post("/comments", {
      headers: { origin: baseURL!, cookie: `${reader.cookie.name}=${reader.cookie.value}` },
      form: { discussionId: String(thread!.discussionId), body: "Forged reply", returnTo: threadUrl },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(409);
    const [count] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment" WHERE "discussionId" = $1`, [
      thread!.discussionId,
    ]);
    expect(count!.n).toBe(1);
    await Promise.all([a.context().close(), r.context().close(), m.context().close()]);
  });
}

test("a reader cannot start a thread, by the form or by a forged post", async ({ browser, baseURL, request }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const reader = await makePerson("forum", tag, "only-reader", "READER");
  const r = await pageAs(browser, reader, baseURL!);
  await r.goto("/forum");
  await expect(r.getByRole("link", { name: "New thread" })).toHaveCount(0);
  await expect(r.getByText("Analysts start threads here; you can reply in any thread.")).toBeVisible();
  const res = await request.post("/forum/new", {
    headers: { origin: baseURL!, cookie: `${reader.cookie.name}=${reader.cookie.value}` },
    form: { title: `Forged thread ${tag}`, category: "markets", body: "x", tags: "" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await sql(`SELECT 1 FROM "Thread" WHERE title = $1`, [`Forged thread ${tag}`])).toHaveLength(0);
  await r.context().close();
});

test("the new-thread form keeps the text and puts errors beside the fields (no JavaScript)", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson("forum", tag, "writer", "ANALYST");
  const a = await pageAs(browser, analyst, baseURL!, false);
  await a.goto("/forum/new");
  await a.getByLabel("Title").fill("Hey");
  await a.getByRole("textbox", { name: "Body" }).fill(`Body kept ${tag}`);
  await a.getByLabel("Tags (optional)").fill("a, b, c, d, e, f");
  // The browser's own checks (required, minlength) would stop this post: the server's are tested.
  await a.locator("form.thread-form").evaluate((f) => f.setAttribute("novalidate", ""));
  await a.getByRole("button", { name: "Start thread" }).click();
  await expect(a.locator("#thread-title-error")).toHaveText("The title needs at least 5 characters.");
  await expect(a.locator("#thread-category-error")).toHaveText("Choose a category.");
  await expect(a.locator("#thread-tags-error")).toHaveText("At most 5 tags.");
  await expect(a.getByRole("textbox", { name: "Body" })).toHaveValue(`Body kept ${tag}`);
  await expect(a.getByLabel("Title")).toHaveValue("Hey");
  // Preview renders the markdown as it will be posted, and the text stays.
  await a.getByRole("textbox", { name: "Body" }).fill(`**Bold** preview ${tag}`);
  await a.getByRole("button", { name: "Preview" }).click();
  await expect(a.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("Bold");
  await a.getByRole("button", { name: "Write" }).click();
  await expect(a.getByRole("textbox", { name: "Body" })).toHaveValue(`**Bold** preview ${tag}`);
  await a.context().close();
});

test("axe: forum home, a category, a thread and the new-thread form", async ({ browser, baseURL, page }) => {
  await page.goto("/forum");
  await expectNoViolations(page);
  await page.getByRole("region", { name: "Categories" }).getByRole("link", { name: "Markets", exact: true }).click();
  await expectNoViolations(page);
  await page.locator(".thread-list > li h2 a").first().click();
  await expect(page.locator("#comments")).toBeVisible();
  await expectNoViolations(page);
  const analyst = await makePerson("forum", crypto.randomBytes(4).toString("hex"), "axe", "ANALYST");
  const a = await pageAs(browser, analyst, baseURL!);
  await a.goto("/forum/new");
  await expectNoViolations(a);
  await a.context().close();
});

test("the author edits the opening post; everyone can read its history", async ({ browser, baseURL, page }) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const analyst = await makePerson("forum", tag, "editor", "ANALYST");
  const a = await pageAs(browser, analyst, baseURL!, false);
  await a.goto("/forum/new?category=markets");
  await a.getByLabel("Title").fill(`First title ${tag}`);
  await a.getByRole("textbox", { name: "Body" }).fill("First text.");
  await a.getByRole("button", { name: "Start thread" }).click();
  await a.getByRole("link", { name: "Edit", exact: true }).click();
  await a.getByLabel("Title").fill(`Second title ${tag}`);
  await a.getByRole("textbox", { name: "Body" }).fill("Second text.");
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a.getByRole("heading", { level: 1, name: `Second title ${tag}` })).toBeVisible();
  const url = a.url();
  await a.context().close();

  await page.goto(url);
  await page.getByRole("link", { name: "edited" }).click();
  await expect(page.getByRole("heading", { name: /^Current version/ })).toBeVisible();
  await expect(page.getByText(`First title ${tag}`)).toBeVisible();
  await expect(page.getByText("Second text.")).toBeVisible();
});
