import { expect, test } from "./fixtures";
import { DEMO, signIn, signInOk, sql } from "./helpers";

async function userId(email: string) {
  const [row] = await sql<{ id: string }>(`select id from "User" where email = $1`, [email]);
  return row!.id;
}

test("a session whose row is deleted is signed out on the next request", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.analyst);
  await sql(`delete from "Session" where "userId" = $1`, [await userId(DEMO.analyst.email)]);
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Signed in as")).toHaveCount(0);
});

test("sign-out deletes the session row and the old cookie no longer works", async ({ page, context }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.moderator);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  expect(cookie.value).toMatch(/^[0-9a-f]{64}$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await sql(`select 1 from "Session" where "sessionToken" = $1`, [cookie.value])).toHaveLength(0);

  await context.addCookies([cookie]); // replay the old cookie
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("sign-in errors do not reveal whether the email exists", async ({ page }) => {
  await page.goto("/signin");
  await signIn(page, { email: DEMO.reader.email, password: "wrong-password" });
  const wrongPassword = await page.getByRole("main").getByRole("alert").textContent();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.reader.email);
  await signIn(page, { email: "nobody-here@example.com", password: "wrong-password" });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(wrongPassword!);
  expect(wrongPassword).toBe("The email or password is incorrect.");
});

test("the return URL after sign-in accepts only same-origin paths", async ({ page }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`);
  await signInOk(page, DEMO.reader);
  await expect(page).toHaveURL("/");
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("//evil.example/steal")}`);
  await signIn(page, DEMO.reader);
  await expect(page).toHaveURL("/");
});
