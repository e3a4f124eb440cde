// What the benchmark measures against a running server: load (autocannon), statements per
// request (via scripts/count-pg-queries.cjs), page size and which comments a page shows.
import fs from "node:fs";
import http from "node:http";
import autocannon from "autocannon";

/** Refuses anything but this machine: the benchmark never sends load elsewhere. */
function assertLoopback(url) {
  const { hostname } = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) throw new Error(`refusing non-loopback target ${url}`);
}

/** GET without compression or keep-alive; resolves to { status, headers, body: Buffer }. */
export function get(url, { timeoutMs = 30_000 } = {}) {
  assertLoopback(url);
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { "accept-encoding": "identity" } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on("error", reject);
  });
}

/**
 * One page, checked: its status must be 200. Returns the HTML, its size in bytes
 * (uncompressed, as autocannon receives it) and how many of them are inline scripts
 * (for the app: the React Server Components payload that repeats the page's data).
 */
export async function fetchPage(url) {
  const res = await get(url);
  if (res.status !== 200) throw new Error(`GET ${url} returned ${res.status}`);
  const html = res.body.toString("utf8");
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  const scriptBytes = scripts.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { html, bytes: res.body.length, scriptBytes };
}

/** Ids of the comments a page shows (`<article id="comment-123">`), in page order. */
export function commentIds(html) {
  return [...html.matchAll(/id="comment-(\d+)"/g)].map((m) => Number(m[1]));
}

/**
 * Statements the server sends to PostgreSQL for one request to `url`: the counter is read
 * before and after each of `times` sequential requests (nothing else talks to the server
 * meanwhile). Returns the median count, the statements of the last request and the pid
 * of the process that counted them.
 */
export async function countQueries(counterUrl, url, times = 3) {
  const read = async () => JSON.parse((await get(counterUrl)).body.toString("utf8"));
  const counts = [];
  let statements = [];
  let pid;
  for (let i = 0; i < times; i++) {
    const before = await read();
    await fetchPage(url);
    const after = await read();
    const n = after.count - before.count;
    counts.push(n);
    statements = n > 0 ? after.recent.slice(-n) : [];
    pid = after.pid;
  }
  const median = [...counts].sort((a, b) => a - b)[Math.floor(counts.length / 2)];
  return { perRequest: median, all: counts, statements, pid };
}

/** CPU seconds process `pid` has used (Linux /proc; utime + stime in 1/100 s), or null. */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Waits until the server process is idle (at most 2 clock ticks, 8 % of a core, in each of
 * two 250 ms samples), at most `maxMs`; returns the seconds waited. Needed because
 * autocannon ends a run by dropping its connections, not its requests: a server that keeps
 * working on the abandoned ones (Next does) would spend the next run's first seconds on them.
 */
export async function waitForIdle(pid, maxMs = 30_000) {
  const t0 = Date.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let last = cpuSeconds(pid);
  if (last === null) {
    await sleep(3000); // no /proc: a fixed pause instead
    return 3;
  }
  let quiet = 0;
  while (quiet < 2 && Date.now() - t0 < maxMs) {
    await sleep(250);
    const now = cpuSeconds(pid);
    if (now === null) break; // the process is gone
    quiet = now - last <= 0.02 ? quiet + 1 : 0;
    last = now;
  }
  return (Date.now() - t0) / 1000;
}

/**
 * Closed-loop load: `connections` keep-alive connections each send the next GET as soon as
 * the last one answered, for `duration` s. A `warmup` s run goes first and is discarded
 * (JIT, connection pools and caches settle), and each run is followed by a wait until the
 * server is idle again, so no run pays for the requests the previous one left behind.
 */
export async function load(url, { connections, duration, warmup }, serverPid) {
  assertLoopback(url);
  const run = (seconds) => autocannon({ url, connections, duration: seconds, timeout: 10 }); // timeout: s per request
  if (warmup > 0) {
    await run(warmup);
    await waitForIdle(serverPid);
  }
  const r = await run(duration);
  const drainSeconds = await waitForIdle(serverPid);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
    drainSeconds,
  };
}
