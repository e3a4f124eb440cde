import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { DEMO, expectNoViolations, makeReader, signIn, signInOk, sql } from "./helpers";

const status = (page: Page) => page.locator("dl.mod-facts");

test("a suspended reader is signed out at once, told why at sign-in, and can sign in once it is lifted", async ({
  page,
  browser,
}) => {
  const reader = await makeReader("susp");
  const reason = `Spam links, again (${Date.now()})`;

  // The reader, signed in in a browser of their own.
  const readerContext = await browser.newContext();
  const readerPage = await readerContext.newPage();
  await readerPage.goto("/signin");
  await signInOk(readerPage, reader);

  // The moderator opens the reader's record and suspends them for 7 days.
  await page.goto("/signin");
  await signInOk(page, DEMO.moderator);
  await page.goto(`/mod/users/${reader.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Moderation: ${reader.name}` })).toBeVisible();
  await expect(status(page)).toContainText("Active");
  await expect(page.getByRole("button", { name: "Lift suspension" })).toHaveCount(0);
  await expectNoViolations(page);

  await page.getByLabel("Length").selectOption({ label: "7 days" });
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(page).toHaveURL(`/mod/users/${reader.id}`);
  await expect(status(page)).toContainText(`Suspended until`);
  await expect(status(page)).toContainText(`Reason: ${reason}`);
  await expect(page.getByRole("region", { name: "Moderation history" })).toContainText("Suspended until");
  await expectNoViolations(page); // now with "Lift suspension"
  expect(await sql(`select 1 from "Session" where "userId" = $1`, [reader.id])).toHaveLength(0);

  // The reader's next page load: signed out.
  await readerPage.reload();
  await expect(readerPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(readerPage.getByText("Signed in as")).toHaveCount(0);

  // Signing in again says until when and why.
  const [row] = await sql<{ until: string }>(
    `select to_char("suspendedUntil", 'FMMonth FMDD, YYYY') as until from "User" where id = $1`,
    [reader.id],
  );
  const until = row!.until;
  await readerPage.goto("/signin");
  await signIn(readerPage, reader);
  await expect(readerPage.getByRole("main").getByRole("alert")).toHaveText(
    `Your account is suspended until ${until}: ${reason}`,
  );
  await expect(readerPage.getByText("Signed in as")).toHaveCount(0);

  // The moderator lifts it early; the reader signs in.
  await page.getByRole("button", { name: "Lift suspension" }).click();
  await expect(status(page)).toContainText("Active");
  await expect(page.getByRole("button", { name: "Lift suspension" })).toHaveCount(0);
  await readerPage.goto("/signin");
  await signInOk(readerPage, reader);
  await readerContext.close();
});

test("a suspend form with a missing date comes back with the error beside the field and the reason kept", async ({
  page,
}) => {
  const reader = await makeReader("suspform");
  await page.goto("/signin");
  await signInOk(page, DEMO.moderator);
  await page.goto(`/mod/users/${reader.id}`);
  await page.getByLabel("Length").selectOption({ label: "Until a date" });
  await page.getByLabel("Reason").fill("Kept <b>as typed</b>");
  await page.getByRole("button", { name: "Suspend", exact: true }).click();
  const until = page.getByLabel("Until");
  await expect(until).toHaveAttribute("aria-invalid", "true");
  await expect(until).toHaveAccessibleDescription(/Enter the date the suspension ends\./);
  await expect(page.getByLabel("Reason")).toHaveValue("Kept <b>as typed</b>");
  await expect(page.getByLabel("Length")).toHaveValue("until");
  expect(await sql(`select 1 from "ModAction" where "targetUserId" = $1`, [reader.id])).toHaveLength(0);
  await expectNoViolations(page);
});

test("a reader cannot see a moderation record", async ({ page }) => {
  const reader = await makeReader("suspsee");
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);
  const res = await page.goto(`/mod/users/${reader.id}`);
  expect(res?.status()).toBe(404);
});
