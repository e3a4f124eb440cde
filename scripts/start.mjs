// `npm start`: database (DATABASE_URL, or embedded PostgreSQL under .data/pg), migrations,
// first-run seed, a production build when the sources changed, then `next start`.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createDatabase, databaseUrl, startServer, withClient } from "./db.mjs";
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

const server = await startServer({ log });
let app;
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null && app.signalCode === null) {
    // next-server may linger on SIGTERM (open keep-alive connections): give it 5 s.
    const exited = new Promise((r) => app.once("exit", r));
    app.kill("SIGTERM");
    const timer = setTimeout(() => app.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  await server.stop();
  log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

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

  if (!dev && !buildIsCurrent()) {
    log("Building the app (first start or sources changed) …");
    await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
    markBuilt();
  }

  app = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { stdio: ["ignore", "pipe", "inherit"], env });
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
