// `npm start`: database (DATABASE_URL, or embedded PostgreSQL under .data/pg), migrations,
// first-run seed, a production build when the sources changed, then `next start`.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createDatabase, databaseUrl, withClient } from "./db.mjs";
import { buildAssets } from "./build-assets.mjs";
import { buildIsCurrent, markBuilt } from "./build-state.mjs";
import { migrate } from "./migrate.mjs";
import { bin, run } from "./run.mjs";
import { demoAccountsText } from "./demo-accounts.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const t0 = Date.now();
const log = (m) => console.log(`[start] ${m}`);

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/secret";
  fs.mkdirSync(".data", { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/** Longest time in-flight requests get to finish on shutdown before next-server is killed. */
const DRAIN_MS = 10_000;

const server = await startDatabase();
let app;
let stopping = false;

/**
 * Shutdown, in order: next-server stops accepting and finishes its in-flight requests (up to
 * DRAIN_MS), then the database stops. The same on SIGINT, SIGTERM or SIGHUP to this process,
 * a Ctrl-C to the whole group, next-server exiting, or npm going away (SIGTERM to npm does not
 * reach its script: the parent check below notices).
 */
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((r) => app.once("exit", r));
    app.kill("SIGTERM");
    // next-server drains by itself (scripts/next-graceful.cjs); this is the backstop.
    const timer = setTimeout(() => app.kill("SIGKILL"), DRAIN_MS + 2000);
    await exited;
    clearTimeout(timer);
  }
  await server.stop();
  log("Stopped.");
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void shutdown(0));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 500).unref();

/** DATABASE_URL's server, or the embedded one in a detached process (scripts/pg-server.mjs). */
async function startDatabase() {
  if (process.env.DATABASE_URL) return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const child = spawn(process.execPath, ["scripts/pg-server.mjs"], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const gone = new Promise((r) => child.once("exit", r));
  const ready = await Promise.race([new Promise((r) => child.once("message", r)), gone]);
  if (!ready) throw new Error("the embedded PostgreSQL did not start (see the lines above)");
  // The database stopping on its own (someone signalled it) leaves nothing to serve.
  void gone.then(() => {
    if (!stopping) {
      log("The embedded PostgreSQL stopped.");
      void shutdown(1);
    }
  });
  return {
    ...ready,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await gone;
    },
  };
}

try {
  let url = server.serverUrl;
  if (server.embedded) {
    await createDatabase(server.serverUrl, "reex", { ifMissing: true });
    url = databaseUrl(server.serverUrl, "reex");
  }
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };

  const applied = await migrate(url, { log });
  if (!applied.length) log("Database schema is up to date.");
  const users = await withClient(url, async (c) => (await c.query(`select count(*)::int as n from "User"`)).rows[0].n);
  if (users === 0) {
    log("Empty database: seeding demo content …");
    await run(bin("tsx"), ["--conditions=react-server", "prisma/seed/seed.ts"], { env });
  }

  if (dev) await buildAssets({ log });
  else if (!buildIsCurrent()) {
    log("Building the app (first start or sources changed) …");
    await buildAssets({ log });
    await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
    markBuilt();
  }

  app = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
    stdio: ["ignore", "pipe", "inherit"],
    // `next dev` runs its server in a child process of its own and keeps Next's handling.
    env: dev
      ? env
      : {
          ...env,
          NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ./scripts/next-graceful.cjs`.trim(),
          NEXT_MANUAL_SIG_HANDLE: "1",
          REEX_DRAIN_MS: String(DRAIN_MS),
        },
  });
  let announced = false;
  app.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server/i.test(String(chunk))) {
      announced = true;
      console.log(
        `\n  REEx Discussions is ready at http://localhost:${port}  (${((Date.now() - t0) / 1000).toFixed(1)} s)\n` +
          `  Database: ${server.embedded ? "embedded PostgreSQL in .data/pg" : "DATABASE_URL"}\n\n` +
          demoAccountsText() +
          "\n  Ctrl-C stops the app and the database.\n",
      );
    }
  });
  app.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  await shutdown(1);
}
