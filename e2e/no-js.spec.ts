import { expect, test } from "./fixtures";
import pg from "pg";
import { ARTICLES, commentBox, DEMO, commentIdByText, commentItem, signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("without JavaScript: sign in, comment, reply with ?replytocom, errors keep the text", async ({ page }) => {
  const article = `/articles/${ARTICLES.noJsFlow}`;
  await page.goto(article);
  await page.getByRole("link", { name: "logged in" }).click();
  await signIn(page, DEMO.reader);
  await expect(page).toHaveURL(new RegExp(`${article}#respond$`));
  await expect(page.getByText(`Logged in as ${DEMO.reader.name}.`)).toBeVisible();

  const long = "x".repeat(10_001);
  await commentBox(page).evaluate((el: HTMLTextAreaElement, v) => {
    el.removeAttribute("maxlength");
    el.value = v;
  }, long);
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#comment-error")).toHaveText("Comments can be at most 10,000 characters.");
  await expect(commentBox(page)).toHaveValue(long);

  const topText = `Tailings are feedstock now ${Date.now()}`;
  await commentBox(page).fill(topText);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const topId = await commentIdByText(page, topText);
  await expect(page).toHaveURL(new RegExp(`#comment-${topId}$`));

  await page
    .locator(`#comment-${topId}`)
    .getByRole("link", { name: `Reply to ${DEMO.reader.name}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`\\?replytocom=${topId}#respond$`));
  await expect(page.getByRole("heading", { name: `Leave a Reply to ${DEMO.reader.name}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cancel reply" })).toBeVisible();

  const replyText = `Only if the monazite is processed locally ${Date.now()}`;
  await commentBox(page).fill(replyText);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const replyId = await commentIdByText(page, replyText);
  await expect(commentItem(page, topId).locator(`> div > ol.children > li > #comment-${replyId}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#comment-${replyId}$`));

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByText("You must be logged in to post a comment.")).toBeVisible();
});

test("without JavaScript: an upvote that cannot be saved in time says so at its comment", async ({ page }) => {
  const article = `/articles/${ARTICLES.seeded}`;
  await page.goto("/signin");
  await signIn(page, DEMO.analyst);
  await page.goto(article);
  const target = page.locator("article[id^=comment-]", { has: page.getByRole("button", { name: /^Upvote/ }) }).first();
  const id = Number((await target.getAttribute("id"))!.replace("comment-", ""));
  const wasVoted = await target.getByRole("button", { name: /^Upvote/ }).getAttribute("aria-pressed");

  // Another transaction holds the comment's row for longer than a statement may wait.
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  try {
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Comment" WHERE id = $1 FOR UPDATE`, [id]);
    await target.getByRole("button", { name: /^Upvote/ }).click();
    await expect(page.locator(`#comment-${id} [role=alert]`)).toContainText("did not go through", { timeout: 30_000 });
    await expect(page).toHaveURL(new RegExp(`notice=busy\\.${id}#comment-${id}$`));
  } finally {
    await blocker.query("ROLLBACK");
    await blocker.end();
  }
  // Nothing was half-written, and once the row is free the vote goes through.
  await page
    .locator(`#comment-${id}`)
    .getByRole("button", { name: /^Upvote/ })
    .click();
  await expect(page.locator(`#comment-${id}`).getByRole("button", { name: /^Upvote/ })).toHaveAttribute(
    "aria-pressed",
    wasVoted === "true" ? "false" : "true",
  );
  await expect(page.locator(`#comment-${id} [role=alert]`)).toHaveCount(0);
});
