import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { ARTICLES, DEMO, commentBox, commentIdByText, signInOk, sql } from "./helpers";

const PAGED = "/articles/us-magnet-plants-ramp-up";

async function axeClean(page: Page) {
  // After an in-place navigation Next streams the new page's metadata: check the settled page.
  await expect(page).toHaveTitle(/\S/);
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(r.violations.map((v) => v.id)).toEqual([]);
}

// 25 extra top-level comments on one article, so it has more than one page.
test.beforeAll(async () => {
  const [row] = await sql<{ discussionId: number; authorId: string }>(
    `select a."discussionId", (select id from "User" where email = 'kwame@example.com') as "authorId"
     from "Article" a where a.slug = 'us-magnet-plants-ramp-up'`,
  );
  const [{ n } = { n: 0 }] = await sql<{ n: number }>(
    `select count(*)::int as n from "Comment" where "discussionId" = $1 and body like 'Paged comment%'`,
    [row!.discussionId],
  );
  if (n! > 0) return;
  const { discussionId, authorId } = row!;
  await sql(
    `with ids as (select nextval(pg_get_serial_sequence('"Comment"', 'id'))::int as id from generate_series(1, 25))
     insert into "Comment" (id, "discussionId", "authorId", depth, path, body, "bodyHtml", score)
     select id, $1, $2, 0, array[id], 'Paged comment ' || id, '<p>Paged comment ' || id || '</p>', id % 3 from ids`,
    [discussionId, authorId],
  );
  await sql(`update "Discussion" set "commentCount" = "commentCount" + 25 where id = $1`, [discussionId]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sort and paging are links, and the sort survives paging", async ({ page }) => {
    await page.goto(PAGED);
    const sortNav = page.getByRole("navigation", { name: "Sort comments" });
    await expect(sortNav.getByRole("link", { name: "Oldest" })).toHaveAttribute("aria-current", "true");
    const firstOldest = await page.locator(".comment-list > li > article").first().getAttribute("id");

    const pager = page.getByRole("navigation", { name: "Comment pages" });
    await pager.getByRole("link", { name: "More comments →" }).click();
    await expect(page).toHaveURL(/\?after=\d+#comments$/);
    await expect(
      page.getByRole("navigation", { name: "Comment pages" }).getByRole("link", { name: "← First page" }),
    ).toBeVisible();
    const secondPageIds = await page.locator(".comment-list > li > article").evaluateAll((els) => els.map((e) => e.id));
    expect(secondPageIds).not.toContain(firstOldest);

    await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Newest" }).click();
    await expect(page).toHaveURL(/\?sort=newest#comments$/);
    const newest = await page
      .locator(".comment-list > li > article")
      .evaluateAll((els) => els.map((e) => Number(e.id.replace("comment-", ""))));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page
      .getByRole("navigation", { name: "Comment pages" })
      .getByRole("link", { name: "More comments →" })
      .click();
    await expect(page).toHaveURL(/\?sort=newest&after=\d+#comments$/);
    const more = await page
      .locator(".comment-list > li > article")
      .evaluateAll((els) => els.map((e) => Number(e.id.replace("comment-", ""))));
    expect(Math.max(...more)).toBeLessThan(Math.min(...newest));

    await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(/\?sort=top#comments$/);
    const scores = await page.locator(".comment-list > li > article .comment__score").allTextContents();
    const nums = scores.map((s) => parseInt(s, 10));
    expect(nums).toEqual([...nums].sort((a, b) => b - a));
  });

  test("'more replies' opens the rest as a page, in the chosen sort", async ({ page }) => {
    await page.goto(`/articles/${ARTICLES.seeded}?sort=newest`);
    const more = page.getByRole("link", { name: /^\d+ more repl/ }).first();
    await more.click();
    await expect(page).toHaveURL(/\/comments\/\d+\?sort=newest&after=\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Thread:/ })).toBeVisible();
    await expect(page.locator(".comment__body--focus")).toHaveCount(1);
  });

  test("edit, history, vote and delete work as plain forms and links", async ({ page }) => {
    await page.goto("/signin");
    await signInOk(page, DEMO.analyst);
    await page.goto(PAGED);
    const text = `Draft take on magnet plants ${Date.now()}`;
    await commentBox(page).fill(text);
    await page.getByRole("button", { name: "Post Comment" }).click();
    const id = await commentIdByText(page, text);
    const item = page.locator(`#comment-${id}`);

    await item.getByRole("link", { name: "Edit your comment" }).click();
    await expect(page).toHaveURL(new RegExp(`editcomment=${id}#comment-${id}$`));
    const box = page.getByRole("textbox", { name: "Edit comment" });
    await expect(box).toHaveValue(text);
    await box.fill("   ");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Write a comment before posting.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Edit comment" })).toHaveValue("   ");
    await page.getByRole("textbox", { name: "Edit comment" }).fill(`${text} (revised)`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(item).toContainText(`${text} (revised)`);
    await item.getByRole("link", { name: /edited/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^History of/ })).toContainText("2 versions");
    await expect(page.locator(".revision-list")).toContainText(text);
    await page.getByRole("link", { name: "← Back to the comment" }).click();

    // Upvote someone else's comment: once, then take it back.
    await page.goto(PAGED);
    const other = page.locator("article", { hasText: "Paged comment" }).first();
    // A score shows only when it is not zero ("" for none).
    const before = Number((await other.locator(".comment__score").getAttribute("data-score"))!);
    const points = (n: number) => (n === 0 ? "" : `${n} ${n === 1 ? "point" : "points"}`);
    await other.getByRole("button", { name: /^Upvote comment by/ }).click();
    const again = page.locator(`#${await other.getAttribute("id")}`);
    await expect(again.locator(".comment__score")).toHaveText(points(before + 1));
    await expect(again.getByRole("button", { name: /^Upvote comment by/ })).toHaveAttribute("aria-pressed", "true");
    await again.getByRole("button", { name: /^Upvote comment by/ }).click();
    await expect(page.locator(`#${await other.getAttribute("id")} .comment__score`)).toHaveText(points(before));
    // No upvote button on one's own comment (on page 2 of this discussion).
    await page.goto(`/comments/${id}`);
    await expect(page.locator(`#comment-${id}`)).toBeVisible();
    await expect(page.locator(`#comment-${id}`).getByRole("button", { name: /^Upvote/ })).toHaveCount(0);

    await page.locator(`#comment-${id}`).getByRole("link", { name: "Delete your comment" }).click();
    await expect(page.getByRole("form", { name: "Delete this comment" })).toBeVisible();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.locator(`#comment-${id}`)).toHaveCount(0);
    expect(await sql(`select 1 from "Comment" where id = $1`, [Number(id)])).toHaveLength(0);
  });
});

test("with JavaScript: edit in place and delete keep the page, no full reload", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.moderator);
  await page.goto(PAGED);
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  const text = `A moderator's aside ${Date.now()}`;
  await commentBox(page).fill(text);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const id = await commentIdByText(page, text);
  await page.locator(`#comment-${id}`).getByRole("link", { name: "Edit your comment" }).click();
  await expect(page.getByRole("textbox", { name: "Edit comment" })).toBeFocused();
  await axeClean(page);
  await page.getByRole("textbox", { name: "Edit comment" }).fill(`${text}, edited`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(`#comment-${id}`)).toContainText(`${text}, edited`);
  await expect(page.locator(`#comment-${id}`).getByRole("link", { name: /edited/ })).toBeVisible();
  await page.locator(`#comment-${id}`).getByRole("link", { name: "Delete your comment" }).click();
  await expect(page.getByRole("form", { name: "Delete this comment" })).toBeVisible();
  await axeClean(page);
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.locator(`#comment-${id}`)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});

test("axe: a comment's history page", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  await page.goto(PAGED);
  const text = `History check ${Date.now()}`;
  await commentBox(page).fill(text);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const id = await commentIdByText(page, text);
  await page.locator(`#comment-${id}`).getByRole("link", { name: "Edit your comment" }).click();
  await page.getByRole("textbox", { name: "Edit comment" }).fill(`${text} v2`);
  await page.getByRole("button", { name: "Save" }).click();
  await page
    .locator(`#comment-${id}`)
    .getByRole("link", { name: /edited/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^History of/ })).toContainText("2 versions");
  await expect(page).toHaveTitle(/Comment history/);
  await axeClean(page);
});

test("a permalink to a deep comment shows its ancestors, highlighted, with a way to the whole discussion", async ({
  page,
}) => {
  const [deep] = await sql<{ id: number; depth: number }>(
    `select id, depth from "Comment" where depth >= 10 order by depth desc, id limit 1`,
  );
  await page.goto(`/comments/${deep!.id}`);
  await expect(page).toHaveURL(new RegExp(`/comments/${deep!.id}#comment-${deep!.id}$`));
  const focus = page.locator(`#comment-${deep!.id}`);
  await expect(focus).toHaveClass(/comment__body--focus/);
  await expect(focus).toBeInViewport();
  // Its ancestors are a folded breadcrumb above it (not the whole chain again), opened on demand.
  expect(await page.locator(`li:has(#comment-${deep!.id}) > article`).count()).toBe(1);
  const trail = page.locator("details.ancestors");
  await expect(trail.locator("summary")).toContainText(`Earlier in this thread: ${deep!.depth} comments`);
  await expect(trail.locator(".ancestors__list")).toBeHidden();
  await trail.locator("summary").click();
  expect(await trail.locator(".ancestors__list > li").count()).toBeGreaterThan(3);
  await expect(page.locator(".continuing")).toContainText(/^\s*Continuing the thread under\s+.+’s comment\s*$/);
  await expect(page.getByRole("link", { name: /Start of this thread/ })).toBeVisible();
  await page.getByRole("link", { name: "View the whole discussion" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLES.seeded}#comments$`));
});

test("collapse and expand a subtree by keyboard; the fold survives loading more replies", async ({ page }) => {
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const toggle = page.getByRole("button", { name: /^Hide \d+ repl/ }).first();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const label = (await toggle.getAttribute("aria-label"))!;
  const count = Number(/Hide (\d+)/.exec(label)![1]);
  const region = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
  await expect(region).toBeVisible();

  await toggle.focus();
  await page.keyboard.press("Enter");
  const collapsed = page.getByRole("button", { name: label.replace("Hide", "Show") });
  await expect(collapsed).toHaveAttribute("aria-expanded", "false");
  await expect(collapsed).toContainText(`Show ${count} repl`);
  await expect(region).toBeHidden();
  await axeClean(page);

  // Load more replies somewhere else in place: the fold stays.
  const more = page.getByRole("link", { name: /^\d+ more repl/ }).first();
  const before = await page.locator("article[id^=comment-]").count();
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await more.click();
  await expect.poll(() => page.locator("article[id^=comment-]").count()).toBeGreaterThan(before);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expect(collapsed).toHaveAttribute("aria-expanded", "false");
  await expect(region).toBeHidden();

  await page.keyboard.press("Tab"); // keyboard path continues from the page
  await collapsed.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: label })).toHaveAttribute("aria-expanded", "true");
  await expect(region).toBeVisible();
  await axeClean(page);
});

test("'more replies' appends each batch in place, each comment once, until none are left", async ({ page }) => {
  // The seeded comment with the most replies has more than the first page shows.
  const [parent] = await sql<{ id: number; replyCount: number }>(
    `select id, "replyCount" from "Comment" where depth = 0 order by "replyCount" desc limit 1`,
  );
  await page.goto(`/articles/${ARTICLES.seeded}#comment-${parent!.id}`);
  const item = page.locator(`li:has(> #comment-${parent!.id})`);
  // The parent's own "more replies" control (not those of nested replies).
  const nav = item.locator(":scope > div > nav.comment__more");
  await expect(nav).toBeVisible();
  await expect(nav).toHaveAccessibleName(/^More replies to /);
  for (let i = 0; i < 10 && (await nav.count()) > 0; i++) {
    await nav.getByRole("link").click();
    // allTextContents does not wait for the control, which goes away after the last batch.
    await expect.poll(async () => (await nav.allTextContents()).some((t) => t.includes("Loading"))).toBe(false);
  }
  await expect(nav).toHaveCount(0);
  const ids = await item.locator(":scope > div > ol > li > article").evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toHaveLength(parent!.replyCount);
  expect(new Set(ids).size).toBe(ids.length);
});

for (const js of [true, false]) {
  test(`Write / Preview shows exactly what will be posted (${js ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto("/signin");
    await signInOk(page, DEMO.reader);
    await page.goto(`/articles/${ARTICLES.a11y}`);
    const stamp = `Preview check ${Date.now()}`;
    const text = `${stamp}: **bold**, <script>alert(1)</script> and [a link](https://www.usgs.gov/)`;
    await commentBox(page).fill(text);
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.locator("strong")).toHaveText("bold");
    await expect(preview.locator("script")).toHaveCount(0);
    await expect(preview.getByRole("link", { name: "a link" })).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(page.getByRole("button", { name: "Preview" })).toHaveAttribute("aria-pressed", "true");
    await expect(commentBox(page)).toBeHidden();
    const previewHtml = await preview.locator(".comment__content").innerHTML();

    await page.getByRole("button", { name: "Write" }).click();
    await expect(commentBox(page)).toBeVisible();
    await expect(commentBox(page)).toHaveValue(text);
    await page.getByRole("button", { name: "Post Comment" }).click();
    const id = await commentIdByText(page, stamp);
    expect(await page.locator(`#comment-${id} .comment__content`).innerHTML()).toBe(previewHtml);
    await context.close();
  });
}

test("selecting text in a comment or the article offers Quote, which fills the reply form", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  await page.goto(`/articles/${ARTICLES.seeded}`);

  async function select(locator: import("@playwright/test").Locator) {
    await locator.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    });
  }

  const para = page.locator("article[id^=comment-] .comment__content p").first();
  const commentId = (await para.evaluate((el) => el.closest("article")!.id)).replace("comment-", "");
  const author = (await page.locator(`#comment-${commentId} .comment__author`).textContent())!;
  const quoted = (await para.textContent())!.trim();
  await select(para);
  await page.getByRole("button", { name: "Quote" }).click();
  await expect(commentBox(page)).toBeFocused();
  const value = await commentBox(page).inputValue();
  expect(value).toContain(`[${author}](/comments/${commentId}) wrote:`);
  expect(value).toContain(`> ${quoted.split("\n")[0]}`);

  const lead = page.locator(".post__body > p").first();
  await select(lead);
  await page.getByRole("button", { name: "Quote" }).click();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expect(commentBox(page)).toHaveValue(new RegExp(`From \\[“${title.replace(/[?]/g, "\\?")}”\\]\\(/articles/`));
});

test("an @mention links to the member's page", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.analyst);
  await page.goto(`/articles/${ARTICLES.a11y}`);
  const text = `Good point from @Maya Chen here ${Date.now()}`;
  await commentBox(page).fill(text);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const id = await commentIdByText(page, text);
  await page.locator(`#comment-${id}`).getByRole("link", { name: "@Maya Chen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maya Chen" })).toBeVisible();
  await expect(page.getByText(/Reader · joined/)).toBeVisible();
  await axeClean(page);
});
