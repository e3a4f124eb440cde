import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { commentBox, makePerson, pageAs, sql } from "./helpers";

// New accounts (lib/abuse/new-accounts.ts): a first post with a link waits for a moderator, seen
// only by its author and staff until approved; more than 2 links are refused beside the field.
// These tests use an article and users of their own, made directly in the database.

async function setUp() {
  const tag = crypto.randomBytes(4).toString("hex");
  const [newcomer, reader, mod] = await Promise.all([
    makePerson("held", tag, "newcomer"),
    makePerson("held", tag, "reader"),
    makePerson("held", tag, "moderator", "MODERATOR"),
  ]);
  const slug = `held-${tag}`;
  await sql(
    `WITH d AS (INSERT INTO "Discussion" ("commentCount") VALUES (0) RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Held post test ' || $1, 'Held post test', ARRAY['One', 'Two', 'Three'], 'Body.',
            (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id FROM d`,
    [slug, mod.id],
  );
  return { tag, path: `/articles/${slug}`, newcomer, reader, mod };
}

const AWAITING = "Awaiting moderation: only you and the moderators can see this comment until it is approved.";

for (const javaScriptEnabled of [true, false]) {
  test(`a new account's first post with a link is held: its author sees it, nobody else until a moderator approves (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const s = await setUp();
    const text = `First post ${s.tag}: the [USGS page](https://www.usgs.gov/) has the numbers.`;
    const shown = `First post ${s.tag}: the USGS page has the numbers.`;

    // The newcomer posts, and lands where the comment shows, with the banner.
    const author = await pageAs(browser, s.newcomer, baseURL!, javaScriptEnabled);
    await author.goto(s.path);
    await commentBox(author).fill(text);
    await author.getByRole("button", { name: "Post Comment" }).click();
    // With JavaScript the post is sent in the background: wait for its answer before looking in the database.
    await expect(author.getByText(AWAITING)).toBeVisible();
    const [row] = await sql<{ id: number; status: string }>(
      `SELECT id, status::text AS status FROM "Comment" WHERE "authorId" = $1`,
      [s.newcomer.id],
    );
    expect(row).toMatchObject({ status: "PENDING_REVIEW" });
    const mine = author.locator(`#comment-${row!.id}`);
    await expect(mine).toContainText(AWAITING);
    await expect(mine).toContainText(shown);
    await expect(author).toHaveURL(new RegExp(`#comment-${row!.id}$`));
    // Uncounted: the heading counts visible comments.
    await expect(author.locator("#comments-title")).toHaveText("0 Comments");
    await author.reload();
    await expect(author.locator(`#comment-${row!.id}`)).toContainText(AWAITING);

    // A guest (the cached page) and another reader see nothing of it.
    const guest = await pageAs(browser, null, baseURL!, javaScriptEnabled);
    await guest.goto(s.path);
    await expect(guest.locator("#comments-title")).toHaveText("0 Comments");
    await expect(guest.locator(`#comment-${row!.id}`)).toHaveCount(0);
    await expect(guest.getByText(shown)).toHaveCount(0);
    const reader = await pageAs(browser, s.reader, baseURL!, javaScriptEnabled);
    await reader.goto(s.path);
    await expect(reader.locator(`#comment-${row!.id}`)).toHaveCount(0);
    await expect(reader.getByText(shown)).toHaveCount(0);

    // The moderator finds it in the queue, under "Held for review", and approves it.
    const mod = await pageAs(browser, s.mod, baseURL!, javaScriptEnabled);
    await mod.goto("/mod");
    const held = mod.getByRole("region", { name: "Held for review" });
    const item = held.locator(".queue-item", { hasText: `First post ${s.tag}` });
    await expect(item.getByRole("heading", { name: `Held post by ${s.newcomer.name}` })).toBeVisible();
    await item.getByRole("button", { name: `Approve the post by ${s.newcomer.name}` }).click();
    await expect(held.locator(".queue-item", { hasText: `First post ${s.tag}` })).toHaveCount(0);

    // Everyone sees it now, counted.
    for (const page of [guest, reader, author]) {
      await page.goto(s.path);
      await expect(page.locator("#comments-title")).toHaveText("1 Comment");
      await expect(page.locator(`#comment-${row!.id}`)).toContainText(shown);
      await expect(page.locator(`#comment-${row!.id}`)).not.toContainText("Awaiting moderation");
    }
    for (const page of [guest, reader, author, mod]) await page.context().close();
  });

  test(`a new account's third link is refused beside the field and the text is kept (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const s = await setUp();
    const text = `Links ${s.tag}: https://a.example https://b.example https://c.example`;
    const author = await pageAs(browser, s.newcomer, baseURL!, javaScriptEnabled);
    await author.goto(s.path);
    await commentBox(author).fill(text);
    await author.getByRole("button", { name: "Post Comment" }).click();
    await expect(author.locator("#comment-error")).toHaveText("New accounts can include at most 2 links in a post.");
    await expect(commentBox(author)).toHaveValue(text);
    const [n] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Comment" WHERE "authorId" = $1`, [
      s.newcomer.id,
    ]);
    expect(n!.n).toBe(0);
    await author.context().close();
  });
}
