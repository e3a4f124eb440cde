import { expect, test } from "@playwright/test";
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
