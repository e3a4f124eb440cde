// `npm test`: static checks, then integration tests and browser tests, each against a
// database of its own on the PostgreSQL server (DATABASE_URL's server, or the embedded
// one), created for this run and dropped afterwards.
import { createDatabase, databaseUrl, dropDatabase, startServer } from "./db.mjs";
import { buildAssets } from "./build-assets.mjs";
import { buildIsCurrent, markBuilt } from "./build-state.mjs";
import { migrate } from "./migrate.mjs";
import { bin, run } from "./run.mjs";

const t0 = Date.now();
const step = (m) => console.log(`\n[test] ${m} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const only = process.argv[2]; // optional: "unit" or "e2e", then optionally test files to run
const files = process.argv.slice(3);

if (!only) {
  step("Type check");
  await run(bin("tsc"), ["--noEmit"]);
  step("ESLint");
  await run(bin("eslint"), ["--max-warnings=0", "."]);
  step("Prettier");
  await run(bin("prettier"), ["--check", "--log-level=warn", "."]);
}

const server = await startServer({ log: console.log });
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const names = { unit: `reex_test_${suffix}_unit`, e2e: `reex_test_${suffix}_e2e` };
let failed = false;
const cleanup = async () => {
  for (const name of Object.values(names)) await dropDatabase(server.serverUrl, name).catch(() => {});
  await server.stop();
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void cleanup().then(() => process.exit(130)));

try {
  const secret = "test-secret-not-for-production-0123456789";
  if (!only || only === "unit") {
    step(`Integration tests (database ${names.unit})`);
    await createDatabase(server.serverUrl, names.unit);
    const url = databaseUrl(server.serverUrl, names.unit);
    await migrate(url);
    await run(bin("vitest"), ["run", ...files], {
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, LOG_LEVEL: "silent" },
    });
  }
  if (!only || only === "e2e") {
    const url = databaseUrl(server.serverUrl, names.e2e);
    const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "http://localhost:3100" };
    if (!buildIsCurrent()) {
      step("Production build");
      await buildAssets({ log: console.log });
      await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
      markBuilt();
    }
    step(`Browser tests (database ${names.e2e})`);
    await createDatabase(server.serverUrl, names.e2e);
    await migrate(url);
    await run(bin("tsx"), ["--conditions=react-server", "prisma/seed/seed.ts"], { env });
    await run(bin("playwright"), ["test", ...files], { env });
  }
} catch (e) {
  failed = true;
  console.error(`\n[test] FAILED: ${e instanceof Error ? e.message : e}`);
} finally {
  await cleanup();
}
step(failed ? "Done, with failures" : "All checks passed");
process.exit(failed ? 1 : 0);
