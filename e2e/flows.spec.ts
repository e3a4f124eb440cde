import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { ARTICLES, commentBox, DEMO, makePerson, pageAs, signIn, sql } from "./helpers";

// Flows land where the reader expects (issue 10): relative permalinks, a site page for an
// unknown comment, and a delete that never strands the reader on "Page not found".

/** An article of the test's own (so no cached page of it exists yet). */
async function freshArticle(slug: string, authorId: string) {
  const [a] = await sql<{ slug: string; discussionId: number }>(
    `WITH d AS (INSERT INTO "Discussion" DEFAULT VALUES RETURNING id)
     INSERT INTO "Article" (id, slug, title, excerpt, highlights, body, "categoryId", "authorId", "publishedAt", "discussionId")
     SELECT $1, $1, 'Flows ' || $1, 'x', ARRAY['One', 'Two', 'Three'], 'Body.', (SELECT id FROM "Category" LIMIT 1), $2, now(), d.id
     FROM d RETURNING slug, "discussionId"`,
    [slug, authorId],
  );
  return a!;
}

/** A comment by `authorId`, written straight into a discussion (optionally a reply). */
async function comment(discussionId: number, authorId: string, body: string, parent?: { id: number; path: number[] }) {
  const [c] = await sql<{ id: number; path: number[] }>(
    `WITH n AS (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id)
     INSERT INTO "Comment" (id, "discussionId", "parentId", "authorId", depth, path, body, "bodyHtml")
     SELECT n.id, $1, $2::int, $3, $4, $5::int[] || n.id, $6, '<p>' || $6 || '</p>' FROM n RETURNING id, path`,
    [discussionId, parent?.id ?? null, authorId, parent ? parent.path.length : 0, parent?.path ?? [], body],
  );
  if (parent) {
    await sql(
      `UPDATE "Comment" SET "replyCount" = "replyCount" + 1, "descendantCount" = "descendantCount" + 1 WHERE id = $1`,
      [parent.id],
    );
  }
  await sql(`UPDATE "Discussion" SET "commentCount" = "commentCount" + 1 WHERE id = $1`, [discussionId]);
  return c!;
}

test("a permalink redirects relatively (the host name, and so the session, is kept); an unknown one is a site page", async ({
  request,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const who = await makePerson("flows", tag, "linker");
  const a = await freshArticle(`linked-${tag}`, who.id);
  const c = await comment(a.discussionId, who.id, `Permalinked ${tag}`);
  const res = await request.get(`http://127.0.0.1:3100/comments/${c.id}`, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toBe(`/articles/${a.slug}#comment-${c.id}`);
  // One answer for a comment that does not exist and one the reader may not see (held, in a draft).
  const missing = await request.get("/comments/2000000000");
  expect(missing.status()).toBe(404);
  const html = await missing.text();
  expect(html).toContain("<h1>This comment is not available</h1>");
  expect(html).toContain('class="site-header"');
});

test("every address that names nothing is the site's 404 page with a way back, also without JavaScript", async ({
  browser,
}) => {
  const [c] = await sql<{ id: number }>(
    `SELECT c.id FROM "Comment" c JOIN "Article" a ON a."discussionId" = c."discussionId" WHERE a.slug = $1 LIMIT 1`,
    [ARTICLES.seeded],
  );
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [
    "/articles/no-such-article",
    `/articles/${ARTICLES.seeded}/comments/2000000000`,
    `/articles/${ARTICLES.seeded}/comments/2000000000/history`,
    `/articles/${ARTICLES.a11y}/comments/${c!.id}/history`, // a real comment, under another article
    `/forum/t/1/comments/${c!.id}/history`, // and under a thread
    "/forum/no-such-category",
    "/forum/t/2000000000-nothing",
    "/category/no-such-category",
    "/users/no-such-member",
    "/comments/2000000000",
    "/no/such/page",
  ]) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(
      path.startsWith("/comments/") ? "This comment is not available" : "Page not found",
    );
    await expect(page.getByRole("link", { name: "REEx Discussions" }), path).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the latest articles" }), path).toBeVisible();
  }
  // The real history of that comment is a page, without JavaScript too.
  await page.goto(`/articles/${ARTICLES.seeded}/comments/${c!.id}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^History of .+’s comment/);
  await expect(page.getByRole("link", { name: "← Back to the comment" })).toBeVisible();
  await context.close();
});

test("'Continue this thread' picks the thread up under a marked comment, with counts that match what it shows", async ({
  page,
}) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const more = page.locator(".comment__more:not(.comment__more--narrow)", { hasText: "Continue this thread" }).first();
  const promised = Number(/\((\d+) repl/.exec((await more.textContent())!)![1]);
  // The chain down to the comment whose thread continues (the innermost): the next page shows
  // that comment under a marker naming the one it answers.
  const chain = await page
    .locator("li.comment", { has: more })
    .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-author")));
  const name = chain[chain.length - 2];
  await more.getByRole("link", { name: "Continue this thread" }).click();
  await expect(page.locator(".continuing")).toHaveText(`Continuing the thread under ${name}’s comment`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(`and ${promised} ${promised === 1 ? "reply" : "replies"}`);
  // The page shows the comment and its replies, and no ancestor as a comment again.
  const shown = await page.locator("article[id^=comment-]").count();
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThanOrEqual(1 + promised);
  // The focused comment's fold counts what the link promised; every "Hide N replies" counts the
  // replies it hides: all N shown where nothing below continues elsewhere, fewer where a
  // "Continue this thread" or "more replies" link takes over.
  await expect(page.locator("li:has(> .comment__body--focus) > .collapse-toggle")).toHaveAttribute(
    "aria-label",
    new RegExp(`^Hide ${promised} repl`),
  );
  const toggles = page.getByRole("button", { name: /^Hide \d+ repl/ });
  expect(await toggles.count()).toBeGreaterThan(1);
  for (let i = 0; i < (await toggles.count()); i++) {
    const toggle = toggles.nth(i);
    const n = Number(/Hide (\d+)/.exec((await toggle.getAttribute("aria-label"))!)![1]);
    const region = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    const inRegion = await region.locator("article[id^=comment-]").count();
    const continued = await region.locator(".comment__more:not(.comment__more--narrow)").count();
    if (continued === 0) expect(inRegion).toBe(n);
    else expect(inRegion).toBeLessThan(n);
  }
});

for (const js of [true, false]) {
  test(`deleting your reply on its own page leaves you on its parent's place, not "Page not found" (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    const tag = crypto.randomBytes(4).toString("hex");
    const [author, other] = await Promise.all([makePerson("flows", tag, "author"), makePerson("flows", tag, "other")]);
    const a = await freshArticle(`deleted-${tag}`, other.id);
    const parent = await comment(a.discussionId, other.id, `Parent ${tag}`);
    const reply = await comment(a.discussionId, author.id, `Reply to delete ${tag}`, parent);
    const page = await pageAs(browser, author, baseURL!, js);
    await page.goto(`/articles/${a.slug}/comments/${reply.id}`);
    await page.locator(`#comment-${reply.id}`).getByRole("link", { name: "Delete your comment" }).click();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.locator(`#comment-${parent.id}`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
    await expect(page.getByText(`Reply to delete ${tag}`)).toHaveCount(0);
    await page.context().close();
  });
}

test("a link to #comment-{id} on an article lands on that comment even when it is on page 2 (with JavaScript)", async ({
  page,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const who = await makePerson("flows", tag, "paged");
  const a = await freshArticle(`paged-${tag}`, who.id);
  const ids: number[] = [];
  for (let i = 0; i < 22; i++) ids.push((await comment(a.discussionId, who.id, `Root ${i} ${tag}`)).id);
  const last = ids.at(-1)!;
  await page.goto(`/articles/${a.slug}#comment-${last}`);
  await expect(page.locator(`#comment-${last}`)).toBeInViewport();
  expect(page.url()).toContain("after=");
});

for (const js of [true, false]) {
  test(`"Log in to Reply" returns to the reply form under that comment (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const tag = crypto.randomBytes(4).toString("hex");
    const other = await makePerson("flows", tag, "replied");
    const a = await freshArticle(`login-reply-${tag}`, other.id);
    const c = await comment(a.discussionId, other.id, `Answer me ${tag}`);
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(`/articles/${a.slug}`);
    await page
      .locator(`#comment-${c.id}`)
      .getByRole("link", { name: `Log in to reply to ${other.name}` })
      .click();
    await signIn(page, DEMO.reader);
    await expect(page).toHaveURL(new RegExp(`replytocom=${c.id}#respond$`));
    await expect(page.getByRole("heading", { name: `Leave a Reply to ${other.name}` })).toBeVisible();
    await context.close();
  });
}

test("the top of an article jumps to its discussion and to the reply form", async ({ page }) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const meta = page.locator("article.post .post__meta");
  await expect(meta.getByRole("link", { name: /^\d+ Comments?$/ })).toHaveAttribute("href", "#comments");
  await meta.getByRole("link", { name: "Leave a Reply" }).click();
  await expect(page.locator("#respond")).toBeInViewport();
});

test("an upvote shows at once, in place: the page does not move and the button keeps focus (with JavaScript)", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const [voter, author] = await Promise.all([makePerson("flows", tag, "voter"), makePerson("flows", tag, "voted")]);
  const a = await freshArticle(`voted-${tag}`, author.id);
  const ids: number[] = [];
  for (let i = 0; i < 20; i++) ids.push((await comment(a.discussionId, author.id, `Worth a vote ${i} ${tag}`)).id);
  const page = await pageAs(browser, voter, baseURL!);
  await page.goto(`/articles/${a.slug}`);
  const target = page.locator(`#comment-${ids[12]}`);
  await target.scrollIntoViewIfNeeded();
  const button = target.getByRole("button", { name: `Upvote comment by ${author.name}` });
  await button.focus();
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(button).toHaveText("▲ Upvoted");
  await expect(target.locator(".comment__score")).toHaveText("1 point");
  await expect(button).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
  // Shown before the server answered; saved once it has.
  await expect
    .poll(async () => (await sql<{ score: number }>(`SELECT score FROM "Comment" WHERE id = $1`, [ids[12]]))[0]!.score)
    .toBe(1);
  await page.context().close();
});

test("Escape closes a reply form opened under a comment, keeping its text (with JavaScript)", async ({
  browser,
  baseURL,
}) => {
  const tag = crypto.randomBytes(4).toString("hex");
  const [reader, author] = await Promise.all([
    makePerson("flows", tag, "escaper"),
    makePerson("flows", tag, "escaped"),
  ]);
  const a = await freshArticle(`escape-${tag}`, author.id);
  const c = await comment(a.discussionId, author.id, `Reply to me ${tag}`);
  const page = await pageAs(browser, reader, baseURL!);
  await page.goto(`/articles/${a.slug}`);
  await page
    .locator(`#comment-${c.id}`)
    .getByRole("link", { name: `Reply to ${author.name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Leave a Reply to ${author.name}` })).toBeVisible();
  await commentBox(page).fill("half a thought");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();
  await expect(commentBox(page)).toHaveValue("half a thought");
  await expect(page.locator(`#comment-${c.id}`).getByRole("link", { name: `Reply to ${author.name}` })).toBeFocused();
  await page.context().close();
});

for (const js of [true, false]) {
  test(`a reply lands in context, highlighted, with "Your comment was posted" (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    const tag = crypto.randomBytes(4).toString("hex");
    const [poster, author] = await Promise.all([makePerson("flows", tag, "poster"), makePerson("flows", tag, "busy")]);
    const a = await freshArticle(`busy-${tag}`, author.id);
    // A busy parent: the article page shows its first replies only, so a new one is not there.
    const parent = await comment(a.discussionId, author.id, `Busy parent ${tag}`);
    for (let i = 0; i < 8; i++) await comment(a.discussionId, author.id, `Earlier reply ${i} ${tag}`, parent);
    const page = await pageAs(browser, poster, baseURL!, js);
    await page.goto(`/articles/${a.slug}?replytocom=${parent.id}#respond`);
    const text = `Late to the thread ${tag}`;
    await commentBox(page).fill(text);
    await page.getByRole("button", { name: "Post Comment" }).click();
    const mine = page.locator("article[id^=comment-]", { hasText: text });
    await expect(mine).toBeVisible();
    await expect(mine.getByRole("status")).toHaveText("Your comment was posted.");
    await expect(page.locator(`#comment-${parent.id}`)).toBeVisible();
    // The parent's page, not one of the new reply's own ("… and 0 replies").
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Thread: ${author.name}’s comment and 9 replies`);
    await page.context().close();
  });
}

for (const js of [true, false]) {
  test(`on a phone, a reply posted below the fourth level is shown where it landed (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
    baseURL,
  }) => {
    const tag = crypto.randomBytes(4).toString("hex");
    const [poster, author] = await Promise.all([makePerson("flows", tag, "phone"), makePerson("flows", tag, "deep")]);
    const a = await freshArticle(`phone-${tag}`, author.id);
    // A chain four levels deep whose last comment has no reply yet: the new reply is the fifth
    // level, which a phone folds into "Continue this thread".
    let parent = await comment(a.discussionId, author.id, `Level 0 ${tag}`);
    for (let level = 1; level < 4; level++) {
      parent = await comment(a.discussionId, author.id, `Level ${level} ${tag}`, parent);
    }
    const page = await pageAs(browser, poster, baseURL!, js);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/articles/${a.slug}?replytocom=${parent.id}#respond`);
    const text = `Replying from a phone ${tag}`;
    await commentBox(page).fill(text);
    await page.getByRole("button", { name: "Post Comment" }).click();
    const mine = page.locator("article[id^=comment-]", { hasText: text });
    await expect(mine).toBeVisible();
    await expect(mine).toBeInViewport();
    await expect(mine.getByRole("status")).toHaveText("Your comment was posted.");
    await page.context().close();
  });
}
