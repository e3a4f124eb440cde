import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { ARTICLES, makePerson, pageAs, sql } from "./helpers";

// Permalinks and reply links that name a comment the page does not show (issue 19): a held
// post's permalink is a page that says so, never a redirect the enhancer would follow back;
// the enhancer asks a missing comment's permalink once, never round in a circle; an old reply
// link leads to the comment's own page with the form under it.

/** A held post (a new account's first post with a link) under an article of its own. */
async function heldPost() {
  const tag = crypto.randomBytes(4).toString("hex");
  const newcomer = await makePerson("perma", tag, "newcomer");
  const slug = `perma-${tag}`;
  await sql(
    `WITH d AS (INSERT INTO "Discussion" ("commentCount") VALUES (0) RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Permalink test ' || $1, 'Permalink test', ARRAY['One', 'Two', 'Three'], 'Body.',
            (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id FROM d`,
    [slug, newcomer.id],
  );
  const [row] = await sql<{ id: number }>(
    `WITH n AS (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id)
     INSERT INTO "Comment" (id, "discussionId", "authorId", depth, path, body, "bodyHtml", status)
     SELECT n.id, a."discussionId", $2, 0, ARRAY[n.id], 'See [this](https://example.com).',
            '<p>See <a href="https://example.com">this</a>.</p>', 'PENDING_REVIEW'
     FROM n, "Article" a WHERE a.slug = $1 RETURNING id`,
    [slug, newcomer.id],
  );
  return { slug, id: row!.id, newcomer };
}

for (const javaScriptEnabled of [true, false]) {
  test(`a held post's permalink is a page that says it is not available, not a loop (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const held = await heldPost();
    const guest = await pageAs(browser, null, baseURL!, javaScriptEnabled);
    // Every document the tab asks for, redirects included (history.replaceState is no load).
    const loads: string[] = [];
    guest.on("request", (r) => r.isNavigationRequest() && r.frame() === guest.mainFrame() && loads.push(r.url()));
    const res = await guest.goto(`/comments/${held.id}`);
    expect(res!.status()).toBe(404);
    await expect(guest.getByRole("heading", { level: 1, name: "This comment is not available" })).toBeVisible();
    await expect(guest).toHaveURL(new RegExp(`/comments/${held.id}$`));
    expect(loads).toEqual([`${baseURL}/comments/${held.id}`]);

    // Its author is taken to it.
    const author = await pageAs(browser, held.newcomer, baseURL!, javaScriptEnabled);
    await author.goto(`/comments/${held.id}`);
    await expect(author).toHaveURL(new RegExp(`/articles/${held.slug}#comment-${held.id}$`));
    await expect(author.locator(`#comment-${held.id}`)).toContainText("Awaiting moderation");
    for (const p of [guest, author]) await p.context().close();
  });
}

test("the enhancer asks a missing comment's permalink once: sent back without it, it stays put", async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, null, baseURL!);
  const missing = 2_000_000_001;
  const article = `/articles/${ARTICLES.seeded}`;
  // A permalink that answers with the page that brought the reader, which does not show the comment.
  let asked = 0;
  await page.route(`**/comments/${missing}`, async (route) => {
    asked++;
    await route.fulfill({ status: 303, headers: { location: `${article}#comment-${missing}` } });
  });
  await page.goto(`${article}#comment-${missing}`, { waitUntil: "commit" });
  // The enhancer marks history.state once it has started and not left the page.
  await page.waitForFunction(() => (history.state as { reex?: boolean } | null)?.reex === true);
  await expect(page).toHaveURL(new RegExp(`${article}#comment-${missing}$`));
  expect(asked).toBe(1);
  await page.context().close();
});

test("a reply link to a comment the page does not show opens the form under it on its own page", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const reader = await makePerson("perma", tag, "reader");
  // A reply deeper than the article page shows (its own page is "Continue this thread").
  const [deep] = await sql<{ id: number; name: string }>(
    `SELECT c.id, u."displayName" AS name FROM "Comment" c JOIN "User" u ON u.id = c."authorId"
     JOIN "Article" a ON a."discussionId" = c."discussionId"
     WHERE a.slug = $1 AND c.depth = 8 AND c.status = 'VISIBLE' ORDER BY c.id LIMIT 1`,
    [ARTICLES.seeded],
  );
  expect(deep).toBeDefined();
  const page = await pageAs(browser, reader, baseURL!);
  await page.goto(`/articles/${ARTICLES.seeded}?replytocom=${deep!.id}#respond`);
  await expect(page).toHaveURL(
    new RegExp(`/articles/${ARTICLES.seeded}/comments/${deep!.id}\\?replytocom=${deep!.id}#respond$`),
  );
  const respond = page.locator(`li:has(> #comment-${deep!.id}) #respond`);
  await expect(respond.getByRole("heading", { name: `Leave a Reply to ${deep!.name}` })).toBeVisible();
  await expect(respond.locator('input[name="parentId"]')).toHaveValue(String(deep!.id));
  await page.context().close();
});
