import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { type Browser, type Page } from "@playwright/test";
import { makePerson, pageAs, sql, type Person } from "./helpers";

// Report → queue → remove → what each person sees → log → restore, with and without
// JavaScript; and a lock. These tests use an article and users of their own.

async function setUp() {
  const tag = crypto.randomBytes(4).toString("hex");
  const [author, reader, mod] = await Promise.all([
    makePerson("mod", tag, "author"),
    makePerson("mod", tag, "reader"),
    makePerson("mod", tag, "moderator", "MODERATOR"),
  ]);
  const slug = `mod-${tag}`;
  const [d] = await sql<{ id: number }>(
    `WITH d AS (INSERT INTO "Discussion" ("commentCount") VALUES (1) RETURNING id),
          a AS (INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
                SELECT $1, $1, 'Moderation test ' || $1, 'Moderation test', ARRAY['One', 'Two', 'Three'], 'Body.',
                       (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id FROM d)
     SELECT id FROM d`,
    [slug, author.id],
  );
  const text = `Buy my newsletter ${tag}`;
  const [c] = await sql<{ id: number }>(
    `WITH n AS (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id)
     INSERT INTO "Comment" (id, "discussionId", "authorId", depth, path, body, "bodyHtml")
     SELECT n.id, $1, $2, 0, ARRAY[n.id], $3, '<p>' || $3 || '</p>' FROM n RETURNING id`,
    [d!.id, author.id, text],
  );
  return { tag, slug, path: `/articles/${slug}`, author, reader, mod, text, commentId: c!.id, discussionId: d!.id };
}

const javaScriptOn = new WeakMap<Page, boolean>();

async function as(browser: Browser, who: Person | null, baseURL: string, javaScriptEnabled = true): Promise<Page> {
  const page = await pageAs(browser, who, baseURL, javaScriptEnabled);
  javaScriptOn.set(page, javaScriptEnabled);
  return page;
}

/** axe runs in the page, so only where JavaScript is on (the markup is the same without it). */
async function expectNoViolations(page: Page) {
  if (!javaScriptOn.get(page)) return;
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test(`report, queue, remove with a reason, what each reader sees, the log, restore (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const s = await setUp();
    const comment = (page: Page) => page.locator(`#comment-${s.commentId}`);

    // A guest has the page (so it is in the cache): the comment is there.
    const guest = await as(browser, null, baseURL!, javaScriptEnabled);
    await guest.goto(s.path);
    await expect(comment(guest)).toContainText(s.text);

    // A reader reports the comment.
    const reader = await as(browser, s.reader, baseURL!, javaScriptEnabled);
    await reader.goto(s.path);
    await comment(reader)
      .getByRole("link", { name: `Report comment by ${s.author.name}` })
      .click();
    await reader.getByLabel("Why are you reporting this comment?").selectOption("SPAM");
    await reader.getByLabel("Details for the moderators (optional)").fill("Advertising");
    await expectNoViolations(reader);
    await reader.getByRole("button", { name: "Send report" }).click();
    await expect(reader.getByText("Thank you. Your report was sent to the moderators.")).toBeVisible();

    // The moderator sees it in the queue, grouped, with the count and the snapshot.
    const mod = await as(browser, s.mod, baseURL!, javaScriptEnabled);
    await mod.goto("/mod");
    await expect(mod.locator("header").getByRole("link", { name: /^Moderation/ })).toBeVisible();
    // Every page (here a member page) carries the same header, count included.
    await mod.goto(`/users/${s.author.id}`);
    await expect(mod.locator("header").getByRole("link", { name: /^Moderation \d+ open items$/ })).toBeVisible();
    await mod.goto("/mod");
    const item = mod.locator(".queue-item", { has: mod.locator(`#q-${s.commentId}`) });
    await expect(item.getByRole("heading", { name: `1 report on a comment by ${s.author.name}` })).toBeVisible();
    await expect(item.getByText(`${s.reader.name}: Spam — “Advertising”`)).toBeVisible();
    await expect(item.locator("blockquote").first()).toHaveText(s.text);
    await expectNoViolations(mod);

    // … and removes it with a reason, in place.
    await item.getByLabel("Reason for removal").selectOption("SPAM");
    await item.getByLabel("Note (optional, shown with the reason)").fill("newsletter ads");
    await item.getByRole("button", { name: "Remove" }).click();
    await expect(mod.locator(`#q-${s.commentId}`)).toHaveCount(0);

    // A guest sees the placeholder and the replies' place; the author sees why; staff see who and why.
    await guest.goto(s.path);
    await expect(comment(guest)).toContainText("[removed by a moderator]");
    await expect(comment(guest)).not.toContainText(s.text);
    await reader.goto(s.path);
    await expect(comment(reader)).toContainText("[removed by a moderator]");
    const author = await as(browser, s.author, baseURL!, javaScriptEnabled);
    await author.goto(s.path);
    await expect(comment(author)).toContainText("Your comment was removed by a moderator: Spam: newsletter ads");
    await expect(comment(author)).toContainText(s.text);
    await author.goto("/notices");
    await expect(author.getByRole("listitem").filter({ hasText: "A moderator removed your comment" })).toContainText(
      "Spam: newsletter ads",
    );
    await expectNoViolations(author);
    await mod.goto(s.path);
    await expect(comment(mod)).toContainText(`Removed by ${s.mod.name}: Spam: newsletter ads`);
    await expect(mod.locator("#comments-title")).toHaveText("0 Comments");
    // The moderator's page had staff controls; the guests' cached page never does.
    await expect(mod.getByRole("button", { name: "Lock comments", exact: true })).toBeVisible();
    await guest.goto(s.path);
    await expect(guest.getByRole("button", { name: /Lock|Restore/ })).toHaveCount(0);
    await expect(guest.getByRole("link", { name: /^(Remove|Report|Moderate) / })).toHaveCount(0);
    await expect(guest.locator("#comments-title")).toHaveText("0 Comments");

    // The log has the entry.
    await mod.goto(`/mod/log?actor=${s.mod.id}`);
    await expect(mod.getByRole("row", { name: new RegExp(`Removed a comment .*${s.author.name}`) })).toBeVisible();
    await expectNoViolations(mod);

    // Restore: visible to everyone again.
    await mod.goto(s.path);
    await comment(mod)
      .getByRole("button", { name: `Restore comment by ${s.author.name}` })
      .click();
    await expect(mod.locator("#comments-title")).toHaveText("1 Comment");
    await guest.goto(s.path);
    await expect(comment(guest)).toContainText(s.text);
    await mod.goto(`/mod/log?actor=${s.mod.id}&action=RESTORE`);
    await expect(mod.getByRole("row", { name: /Restored a comment/ })).toBeVisible();
  });
}

test("a locked discussion shows it is closed and refuses a forged reply; unlocking opens it again", async ({
  browser,
  baseURL,
}) => {
  const s = await setUp();
  const mod = await as(browser, s.mod, baseURL!);
  await mod.goto(s.path);
  await mod.getByRole("button", { name: "Lock comments", exact: true }).click();
  await expect(mod.getByText("Comments are closed on this article.")).toBeVisible();

  const reader = await as(browser, s.reader, baseURL!);
  await reader.goto(s.path);
  await expect(reader.getByText("Comments are closed on this article.")).toBeVisible();
  await expect(reader.getByRole("button", { name: "Post Comment" })).toHaveCount(0);
  await expect(reader.getByRole("link", { name: /^Reply to/ })).toHaveCount(0);
  // A reply posted straight to the form's address, as a script would.
  const forged = await reader.request.post("/comments", {
    headers: { origin: baseURL! },
    form: {
      discussionId: String(s.discussionId),
      parentId: String(s.commentId),
      body: "Sneaking in",
      returnTo: s.path,
    },
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment" WHERE "discussionId" = $1`, [
    s.discussionId,
  ]);
  expect(row!.n).toBe(1);

  await mod.getByRole("button", { name: "Unlock comments", exact: true }).click();
  // The unlock is answered in place: wait for it before the reader looks again (exact: the
  // accessible-name match is otherwise a substring, and "Unlock comments" contains it).
  await expect(mod.getByRole("button", { name: "Lock comments", exact: true })).toBeVisible();
  await reader.goto(s.path);
  await expect(reader.getByRole("button", { name: "Post Comment" })).toBeVisible();
});
