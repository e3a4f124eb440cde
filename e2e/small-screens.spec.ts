import crypto from "node:crypto";
import { expect, test } from "./fixtures";
import { type Page } from "@playwright/test";
import { ARTICLES, expectNoViolations, makePerson, pageAs, sql } from "./helpers";

// Deep threads on phones (issue 10): geometry, not screenshots. At 320 and 390 px every
// comment's text column on the seeded deep thread is at least 200 px wide, nothing overflows
// sideways, and the reply form under the deepest comment fits the screen.

const MIN_TEXT = 200;

async function expectReadable(page: Page, label: string) {
  const m = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    // Comments a phone folds into "Continue this thread" are not on screen, so not measured.
    widths: [...document.querySelectorAll(".comment__body")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const text = el.querySelector(".comment__content") ?? el;
        return Math.round(text.getBoundingClientRect().width);
      }),
    form: (() => {
      const t = document.querySelector<HTMLElement>("#respond textarea");
      if (!t || t.offsetParent === null) return null;
      const r = t.getBoundingClientRect();
      return { width: Math.round(r.width), right: Math.round(r.right) };
    })(),
  }));
  expect(m.overflow, `${label}: sideways overflow`).toBeLessThanOrEqual(0);
  expect(m.widths.length, `${label}: comments shown`).toBeGreaterThan(0);
  expect(Math.min(...m.widths), `${label}: narrowest text column`).toBeGreaterThanOrEqual(MIN_TEXT);
  if (m.form) {
    expect(m.form.width, `${label}: reply box width`).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(m.form.right, `${label}: reply box inside the screen`).toBeLessThanOrEqual(
      await page.evaluate(() => innerWidth),
    );
  }
}

for (const width of [320, 390]) {
  test(`at ${width} px the deep thread stays readable and the reply form fits`, async ({ browser, baseURL }) => {
    const reader = await makePerson("small", crypto.randomBytes(4).toString("hex"), "reader");
    const [deepest] = await sql<{ id: number }>(
      `SELECT c.id FROM "Comment" c JOIN "Article" a ON a."discussionId" = c."discussionId"
       WHERE a.slug = $1 ORDER BY c.depth DESC, c.id LIMIT 1`,
      [ARTICLES.seeded],
    );
    for (const js of [true, false]) {
      const page = await pageAs(browser, reader, baseURL!, js);
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`/articles/${ARTICLES.seeded}`);
      await expectReadable(page, `article page (js ${js})`);
      await page.getByRole("link", { name: "Continue this thread" }).first().click();
      await expect(page.locator(".comment__body").first()).toBeVisible();
      await expectReadable(page, `continue-this-thread page (js ${js})`);
      await page.goto(`/comments/${deepest!.id}`);
      await expect(page.locator(`#comment-${deepest!.id}`)).toBeVisible();
      await expectReadable(page, `deepest comment (js ${js})`);
      // The reply form under the deepest comment.
      await page
        .locator(`#comment-${deepest!.id}`)
        .getByRole("link", { name: /^Reply to / })
        .click();
      await expect(page.locator("#respond textarea")).toBeVisible();
      await expectReadable(page, `reply form at the deepest level (js ${js})`);
      await page.context().close();
    }
  });
}

/** How deep each comment shown on screen sits (0 = top level), and the id of one at `want`. */
async function shownDepths(page: Page, want: number) {
  return page.evaluate((want) => {
    const shown = [...document.querySelectorAll<HTMLElement>(".comment-list article.comment__body")].filter(
      (el) => el.getClientRects().length > 0,
    );
    const depth = (el: Element) => {
      let n = 0;
      for (let p = el.parentElement; p; p = p.parentElement) if (p.matches("ol.children")) n++;
      return n;
    };
    return {
      max: Math.max(...shown.map(depth)),
      deepId: shown.find((el) => depth(el) === want)?.id,
    };
  }, want);
}

test("on a phone the fifth level and below continue on their own page, unless linked to", async ({
  browser,
  baseURL,
}) => {
  for (const js of [true, false]) {
    const page = await pageAs(browser, null, baseURL!, js);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/articles/${ARTICLES.seeded}`);
    const wide = await shownDepths(page, 5);
    expect(wide.max, "levels on a desktop").toBe(5);
    expect(wide.deepId).toBeDefined();

    await page.setViewportSize({ width: 390, height: 844 });
    expect((await shownDepths(page, 5)).max, "levels on a phone").toBe(3);
    const cont = page.locator(".comment__more--narrow").first();
    await expect(cont).toBeVisible();
    await expect(cont).toContainText(/^\s*Continue this thread \(\d+ repl(y|ies)\)\s*$/);

    // A link to a comment in the folded part still lands on it.
    await page.goto(`/articles/${ARTICLES.seeded}#${wide.deepId}`);
    await expect(page.locator(`#${wide.deepId}`)).toBeVisible();
    await expect(page.locator(`#${wide.deepId}`)).toBeInViewport();
    await page.context().close();
  }
});

test("on a phone the header folds behind Menu (with JavaScript), and controls are at least 24 px tall", async ({
  browser,
  baseURL,
}) => {
  const reader = await makePerson("small", crypto.randomBytes(4).toString("hex"), "menu");
  const page = await pageAs(browser, reader, baseURL!);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${ARTICLES.seeded}`);
  const header = page.locator("header.site-header");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
  const sections = page.getByRole("navigation", { name: "Sections" });
  await expect(sections).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
  await expect(sections.getByRole("link", { name: "Forum" })).toBeVisible();
  await expectNoViolations(page);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "header.site-header a, header.site-header button, .comment__actions a, .comment__actions button, .comment-sort a",
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ text: el.textContent?.trim(), h: el.getBoundingClientRect().height }))
        .filter((t) => t.h < 24),
    );
    expect(small, `controls under 24 px at ${width} px`).toEqual([]);
  }
  await page.context().close();

  const noJs = await pageAs(browser, reader, baseURL!, false);
  await noJs.setViewportSize({ width: 390, height: 844 });
  await noJs.goto(`/articles/${ARTICLES.seeded}`);
  await expect(noJs.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Forum" })).toBeVisible();
  await noJs.context().close();
});

test("the dark scheme follows the system setting and keeps axe at zero", async ({ browser, baseURL }) => {
  const reader = await makePerson("small", crypto.randomBytes(4).toString("hex"), "dark");
  const page = await pageAs(browser, reader, baseURL!);
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of [`/articles/${ARTICLES.seeded}`, "/forum", "/"]) {
    await page.goto(path);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg, path).toBe("rgb(18, 20, 23)");
    await expectNoViolations(page);
  }
  await page.context().close();
});
