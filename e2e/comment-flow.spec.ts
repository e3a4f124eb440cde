import { expect, test } from "./fixtures";
import { ARTICLES, commentBox, commentIdByText, commentItem, sql, uniqueEmail } from "./helpers";

test("sign up → comment → reply → nested reply → permalink → sign out → guest prompt", async ({ page }) => {
  const name = `Reader ${Date.now()}`;
  const article = `/articles/${ARTICLES.jsFlow}`;
  await page.goto(article);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("You must be logged in to post a comment.")).toBeVisible();

  // Sign-in link carries the article; sign-up from there returns to it.
  await page.getByRole("link", { name: "logged in" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("flow"));
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`${article}#respond$`));
  await expect(page.getByText(`Logged in as ${name}.`)).toBeVisible();

  // From here on, no full page loads: a marker on window must survive every step.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  // Bad input: error beside the field, text kept, nothing written.
  const before = await sql<{ n: number }>(`select count(*)::int as n from "Comment"`);
  await commentBox(page).fill("   ");
  await page.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator("#comment-error")).toHaveText("Write a comment before posting.");
  await expect(commentBox(page)).toHaveValue("   ");
  expect(await sql<{ n: number }>(`select count(*)::int as n from "Comment"`)).toEqual(before);

  const countHeading = page.locator("#comments-title");
  const startCount = Number((await countHeading.textContent())!.split(" ")[0]);
  const heading = (n: number) => `${n} ${n === 1 ? "Comment" : "Comments"}`;

  const topText = `Samarium supply is the quiet risk ${Date.now()}`;
  await commentBox(page).fill(`${topText} — **really**.`);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const topId = await commentIdByText(page, topText);
  await expect(page).toHaveURL(new RegExp(`#comment-${topId}$`));
  await expect(page.locator(`#comment-${topId} strong`)).toHaveText("really");
  await expect(countHeading).toHaveText(heading(startCount + 1));

  // Reply: the form opens under the comment.
  await page
    .locator(`#comment-${topId}`)
    .getByRole("link", { name: `Reply to ${name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Leave a Reply to ${name}` })).toBeVisible();
  await expect(commentItem(page, topId).locator("#respond")).toBeVisible();
  await expect(commentBox(page)).toBeFocused();
  await page.getByRole("link", { name: "Cancel reply" }).click();
  await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();
  await page
    .locator(`#comment-${topId}`)
    .getByRole("link", { name: `Reply to ${name}` })
    .click();

  const replyText = `Agreed, and the defense buyers know it ${Date.now()}`;
  await commentBox(page).fill(replyText);
  await page.getByRole("button", { name: "Post Comment" }).click();
  const replyId = await commentIdByText(page, replyText);
  await expect(commentItem(page, topId).locator(`> div > ol.children > li > #comment-${replyId}`)).toBeVisible();
  await expect(countHeading).toHaveText(heading(startCount + 2));
  await expect(page.getByRole("heading", { name: "Leave a Reply", exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // Permalink: a fresh load of the link lands on the comment.
  const href = await page.locator(`#comment-${replyId} .comment__permalink`).getAttribute("href");
  expect(href).toBe(`/comments/${replyId}`);
  await page.goto("/");
  await page.goto(href!);
  await expect(page.locator(`#comment-${replyId}`)).toBeInViewport();

  // Sign out ends the session row; the guest sees the prompt again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(article);
  await expect(page.getByText("You must be logged in to post a comment.")).toBeVisible();
  await expect(page.locator(`#comment-${replyId}`)).toContainText(replyText);
});
