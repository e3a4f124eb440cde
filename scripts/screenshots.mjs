// Screenshots of the pages a reader judges the site by, at a desktop and a phone width, for
// review (they are not test assertions: e2e/ asserts geometry instead). Against a running,
// seeded site:
//
//   node scripts/screenshots.mjs http://localhost:3000 /tmp/shots
//
// writes {desktop,phone}-{home,deep-thread,reply-form}.png. Uses Debian's Chromium when present.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base = "http://localhost:3000", out = "screenshots"] = process.argv.slice(2);
const READER = { email: "reader@example.com", password: "reader-demo-pass" };
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shot = async (what) => {
      const file = path.join(out, `${name}-${what}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    await page.goto(`${base}/`);
    await shot("home");

    // The big article's deepest visible thread: where "Continue this thread" sits.
    await page.goto(`${base}/articles/ndpr-price-floor-debate`);
    // (The one on screen: a phone continues threads at a shallower level than a desktop.)
    const more = page
      .locator(".comment__more", { has: page.getByRole("link", { name: "Continue this thread" }) })
      .first();
    await more.evaluate((el) => el.closest("li.comment")?.scrollIntoView({ block: "end" }));
    await shot("deep-thread");

    // Signed in, the reply form opened under that deepest comment.
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill(READER.email);
    await page.getByLabel("Password").fill(READER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await page.goto(`${base}/articles/ndpr-price-floor-debate`);
    const deepest = page.locator("li.comment", { has: more }).last().locator(":scope > article");
    await deepest.getByRole("link", { name: /^Reply to / }).click();
    await page.locator("#respond textarea").fill("Writing a reply at the deepest level of the thread.");
    await page.locator("#respond").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot("reply-form");
    await context.close();
  }
} finally {
  await browser.close();
}
