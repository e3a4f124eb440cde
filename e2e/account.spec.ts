import { expect, test } from "./fixtures";
import { expectNoViolations, makeReader, signInOk, sql } from "./helpers";

const NEW_PASSWORD = "a different long passphrase";

test("a guest asking for /account is sent to sign in first", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a reader changes their display name; a look-alike of another's is refused beside the field, text kept", async ({
      page,
    }) => {
      const me = await makeReader("acct");
      const other = await makeReader("acct");
      await page.goto("/signin");
      await signInOk(page, me);
      await page.getByRole("link", { name: "Account" }).click();
      await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
      // axe runs in the page: only with JavaScript.
      if (javaScriptEnabled) await expectNoViolations(page);

      // Another reader's name, in capitals: taken.
      const name = page.getByRole("textbox", { name: "Display name" });
      await name.fill(other.name.toUpperCase());
      await page.getByRole("button", { name: "Save display name" }).click();
      await expect(page.locator("#displayName-error")).toHaveText("That display name is taken.");
      await expect(name).toHaveValue(other.name.toUpperCase());
      await expect(name).toHaveAttribute("aria-invalid", "true");
      if (javaScriptEnabled) await expectNoViolations(page);

      const fresh = `Renamed ${me.id.slice(-6)}`;
      await name.fill(fresh);
      await page.getByRole("button", { name: "Save display name" }).click();
      await expect(page.getByRole("status")).toHaveText("Your display name was changed.");
      await expect(page.getByText(`Signed in as ${fresh}`)).toBeVisible();
      const [row] = await sql<{ displayName: string }>(`SELECT "displayName" FROM "User" WHERE id = $1`, [me.id]);
      expect(row!.displayName).toBe(fresh);
    });

    test("changing the password needs the current one and signs out every other session", async ({ page, browser }) => {
      const me = await makeReader("pass");
      await page.goto("/signin");
      await signInOk(page, me);
      // The same reader, signed in on another device.
      const elsewhere = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await elsewhere.goto("/signin");
      await signInOk(elsewhere, me);

      await page.goto("/account");
      await expect(page.getByText("You are also signed in on 1 other browser or device.")).toBeVisible();
      await page.getByLabel("Current password").fill("not my password at all");
      await page.getByLabel("New password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.locator("#currentPassword-error")).toHaveText("That is not your current password.");

      await page.getByLabel("Current password").fill(me.password);
      await page.getByLabel("New password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Your password was changed. You are signed out everywhere else.",
      );
      await expect(page.getByText("You are signed in here only.")).toBeVisible();

      // The other device is signed out, and signs in again with the new password (that the old
      // one no longer works: lib/accounts/change-account.test.ts).
      await elsewhere.reload();
      await expect(elsewhere.getByRole("link", { name: "Sign in" })).toBeVisible();
      await elsewhere.goto("/signin");
      await signInOk(elsewhere, { ...me, password: NEW_PASSWORD });
    });

    test("'Sign out other sessions' ends them and keeps this one", async ({ page, browser }) => {
      const me = await makeReader("sess");
      const elsewhere = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await elsewhere.goto("/signin");
      await signInOk(elsewhere, me);
      await page.goto("/signin");
      await signInOk(page, me);
      await page.goto("/account");
      await page.getByRole("button", { name: "Sign out other sessions" }).click();
      await expect(page.getByRole("status")).toHaveText("You are signed out everywhere else.");
      await expect(page.getByText(`Signed in as ${me.name}`)).toBeVisible();
      await elsewhere.reload();
      await expect(elsewhere.getByRole("link", { name: "Sign in" })).toBeVisible();
    });
  });
}
