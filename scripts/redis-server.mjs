// A Redis server of a test's own (Debian's redis-server), on a free port, with its data in a
// temporary directory: tests that stop, freeze or restart Redis never touch the machine's.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function answers(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.write("PING\r\n");
      s.once("data", (d) => (s.destroy(), resolve(d.toString().startsWith("+PONG"))));
    });
    s.once("error", () => resolve(false));
  });
}

/**
 * Starts redis-server with append-only persistence (so `up()` after `down()` comes back with its data,
 * as a production Redis with AOF does). `down()` then `up()` is a
 * restart; `freeze()`/`thaw()` send SIGSTOP/SIGCONT.
 */
export async function startRedisServer() {
  const installed = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].some((p) => fs.existsSync(p));
  // Not skipped without it: these tests are the proof that several instances work.
  if (!installed) throw new Error("redis-server is not installed (apt-get install redis-server; .ci/run does)");
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reex-redis-"));
  let child;
  const launch = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes"],
      { stdio: "ignore" },
    );
    for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await answers(port))) throw new Error(`redis-server on ${port} did not start`);
  };
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGCONT");
      child.kill("SIGTERM");
    });
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    freeze: () => child.kill("SIGSTOP"),
    thaw: () => child.kill("SIGCONT"),
    /** Stops it; its data stays (AOF), for `start()`. */
    down: stop,
    /** Starts it again on the same port, with its data, as a new server process (new run id). */
    up: launch,
    async stop() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
