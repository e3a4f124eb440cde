import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium on these machines (Playwright cannot download its own here);
// Playwright's bundled browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const executablePath = fs.existsSync(debianChromium) ? debianChromium : undefined;
const PORT = 3100;
/** The server counts its SQL statements here (scripts/count-pg-queries.cjs), for query-budget tests. */
export const QUERY_COUNTER_PORT = 3199;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // scripts/test.mjs builds the app, creates and seeds the database, and sets DATABASE_URL.
    command: `node_modules/.bin/next start -p ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...(process.env as Record<string, string>),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ./scripts/count-pg-queries.cjs`.trim(),
      PG_QUERY_COUNTER_PORT: String(QUERY_COUNTER_PORT),
    },
  },
});
