import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { ARTICLES, DEMO, commentBox, signInOk } from "./helpers";

/**
 * Holds the page's scripts back until `release()`, so the test can type while the page is
 * still plain HTML, as a reader on a slow phone (or a busy CI machine) does.
 */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("text typed before the scripts load survives hydration, with no hydration error", async ({ page }) => {
  await page.goto("/signin");
  await signInOk(page, DEMO.reader);

  const release = await holdScripts(page);
  await page.goto(`/articles/${ARTICLES.seeded}`, { waitUntil: "commit" });
  const text = `Typed before hydration ${Date.now()}`;
  await commentBox(page).fill(text);
  release();
  // The fold buttons only appear once React has hydrated the discussion.
  await expect(page.getByRole("button", { name: /^Hide \d+ repl/ }).first()).toBeVisible();
  await expect(commentBox(page)).toHaveValue(text);
  // A hydration error would fail the test (e2e/fixtures.ts).
});
