// Starting and stopping the servers under test. Every child is tracked so that run.mjs can
// stop exactly the processes it started, whatever happens.
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { buildAssets } from "../scripts/build-assets.mjs";
import { buildIsCurrent, markBuilt } from "../scripts/build-state.mjs";
import { bin, run } from "../scripts/run.mjs";
import { get } from "./measure.mjs";

const COUNTER_PRELOAD = fileURLToPath(new URL("../scripts/count-pg-queries.cjs", import.meta.url));

/** Builds the app unless .next already holds a build of the current sources. */
export async function buildIfNeeded(env, log) {
  if (buildIsCurrent()) return log("Production build is current; reusing it.");
  log("Building the app (next build) …");
  await buildAssets({ log });
  await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
  markBuilt();
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free loopback port at or after `from` that is not in `taken`. */
export async function freePort(from, taken = []) {
  for (let port = from; port < from + 100; port++) {
    if (!taken.includes(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`no free port in ${from}..${from + 99}`);
}

/**
 * Spawns a server with the statement counter preloaded (served on `counterPort`; none when
 * it is null), in `cwd` if given. Its output is passed through with a prefix, up to a
 * limit: a server failing under load must not flood the terminal.
 */
export function spawnServer(name, cmd, args, { env, counterPort, cwd }) {
  const counter = counterPort ? [`--require ${JSON.stringify(COUNTER_PRELOAD)}`] : [];
  const nodeOptions = [process.env.NODE_OPTIONS, ...counter].filter(Boolean);
  const child = spawn(cmd, args, {
    env: {
      ...env,
      NODE_OPTIONS: nodeOptions.join(" "),
      ...(counterPort ? { PG_QUERY_COUNTER_PORT: String(counterPort) } : {}),
    },
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let lines = 0;
  const forward = (chunk) => {
    for (const line of String(chunk).split("\n")) {
      if (!line.trim()) continue;
      if (++lines <= 100) console.log(`[${name}] ${line}`);
      else if (lines === 101) console.log(`[${name}] (further output suppressed)`);
    }
  };
  child.stdout.on("data", forward);
  child.stderr.on("data", forward);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  return { name, child, exited, counterUrl: counterPort ? `http://127.0.0.1:${counterPort}/` : null };
}

/** Polls `url` until it answers 200; fails early if the server exits. */
export async function waitForHealth(server, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${server.name} exited before it was ready`);
    const res = await get(url, { timeoutMs: 5000 }).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${server.name} not healthy at ${url} after ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL after 5 s (next-server may linger on open keep-alive connections). */
export async function stopServer(server) {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await server.exited;
  clearTimeout(timer);
}
