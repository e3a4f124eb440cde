import { expect, test } from "./fixtures";
import { DEMO, expectNoViolations, sql } from "./helpers";

test("a member's page: name, badge, counts, and their comments and threads, each linking to it in context", async ({
  page,
}) => {
  const [analyst] = await sql<{ id: string; threads: number; comments: number }>(
    `SELECT u.id, (SELECT count(*)::int FROM "Thread" WHERE "authorId" = u.id) AS threads,
            (SELECT count(*)::int FROM "Comment" WHERE "authorId" = u.id AND status = 'VISIBLE') AS comments
     FROM "User" u WHERE email = $1`,
    [DEMO.analyst.email],
  );
  expect(analyst!.threads).toBeGreaterThan(0);
  await page.goto(`/users/${analyst!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${DEMO.analyst.name}`) })).toBeVisible();
  await expect(page.locator(".post__meta")).toContainText(
    `${analyst!.comments} comment${analyst!.comments === 1 ? "" : "s"} · ${analyst!.threads} forum threads`,
  );
  await expectNoViolations(page);

  await page.getByRole("navigation", { name: "Profile sections" }).getByRole("link", { name: "Forum threads" }).click();
  await expect(page.locator(".thread-list > li")).toHaveCount(Math.min(analyst!.threads, 20));
  await expectNoViolations(page);
  const first = page.locator(".thread-list > li h3 a").first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title! })).toBeVisible();

  await page.goto(`/users/${analyst!.id}`);
  const comment = page.locator(".comment-list article").first();
  const text = (await comment.locator(".comment__content").textContent())!.trim().slice(0, 40);
  await comment.locator("time").click();
  await expect(page.locator("article[id^=comment-]", { hasText: text }).first()).toBeVisible();
});

test("an unknown member is the site's 404 page, also without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto("/users/no-such-member");
  expect(res!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "REEx Discussions" })).toBeVisible();
  await context.close();
});
