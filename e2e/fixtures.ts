/* eslint-disable react-hooks/rules-of-hooks -- a fixture hands its value on by calling `use`, which is not React's hook */
import { expect, test as base, type BrowserContext } from "@playwright/test";

/**
 * Every browser test fails on an error in the browser's console or an uncaught exception
 * (a hydration mismatch such as React #418, a script the CSP blocked, a broken enhancer), in
 * the test's own page and in every context it opens. A 4xx or 5xx the test provokes on purpose
 * (a 404 page, a refused forged post, an outage) is an answer, not an error, and is let through.
 */
const PROVOKED = /^Failed to load resource: the server responded with a status of [45]\d\d\b/;

let current: string[] | null = null;
const watched = new WeakSet<BrowserContext>();

function watch(context: BrowserContext) {
  if (watched.has(context)) return;
  watched.add(context);
  context.on("console", (m) => {
    if (m.type() === "error" && !PROVOKED.test(m.text())) current?.push(`${m.text()} (at ${m.location().url})`);
  });
  context.on("weberror", (e) => current?.push(`Uncaught: ${String(e.error())} (at ${e.page()?.url()})`));
}

export const test = base.extend<{ consoleErrors: string[] }, { watchContexts: void }>({
  watchContexts: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        watch(context);
        return context;
      };
      await use();
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, use) => {
    watch(context);
    await use(context);
  },
  consoleErrors: [
    async ({}, use) => {
      const errors: string[] = [];
      current = errors;
      await use(errors);
      current = null;
      expect(errors, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
