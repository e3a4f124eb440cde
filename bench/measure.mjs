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

/**
 * One HTTP request without compression or keep-alive (a new connection each time). Resolves
 * to { status, headers, body: Buffer, ms, headersMs }: ms until the body ended, headersMs
 * until the status line and headers arrived, both from the start of the request.
 */
export function request(url, { method = "GET", headers = {}, body, timeoutMs = 30_000 } = {}) {
  assertLoopback(url);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      url,
      { method, agent: false, headers: { "accept-encoding": "identity", ...headers } },
      (res) => {
        const headersMs = performance.now() - t0;
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - t0,
            headersMs,
          }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** GET without compression or keep-alive; resolves to { status, headers, body: Buffer, ms }. */
export function get(url, { timeoutMs = 30_000, headers = {} } = {}) {
  return request(url, { timeoutMs, headers });
}

/**
 * One page, checked: its status must be 200. Returns the HTML, its size in bytes
 * (uncompressed, as autocannon receives it), the raw bytes, and how many of them are inline
 * scripts (for an App Router page: the React Server Components payload that repeats the
 * page's data). `headers`: e.g. a session cookie.
 */
export async function fetchPage(url, headers = {}) {
  const res = await get(url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url} returned ${res.status}`);
  const html = res.body.toString("utf8");
  // Inline only: a <script src=…> element's bytes are the tag, not a payload.
  const scripts = (html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter(
    (s) => !/^<script\b[^>]*\ssrc=/.test(s),
  );
  const scriptBytes = scripts.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { html, raw: res.body, bytes: res.body.length, scriptBytes };
}

/** Ids of the comments a page shows (`<article id="comment-123">`), in page order. */
export function commentIds(html) {
  return [...html.matchAll(/id="comment-(\d+)"/g)].map((m) => Number(m[1]));
}

/**
 * Statements the server sends to PostgreSQL for one request to `url` (with `headers`, e.g. a
 * session cookie): the counter is read
 * before and after each of `times` sequential requests (nothing else talks to the server
 * meanwhile). Returns the median count, the statements of the last request and the pid
 * of the process that counted them.
 */
export async function countQueries(counterUrl, url, times = 3, headers = {}) {
  const read = async () => JSON.parse((await get(counterUrl)).body.toString("utf8"));
  const counts = [];
  let statements = [];
  let pid;
  for (let i = 0; i < times; i++) {
    const before = await read();
    await fetchPage(url, headers);
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

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** The median of a list of numbers (NaN for none). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * One closed-loop autocannon run: `connections` keep-alive connections each send the next
 * GET as soon as the last one answered, for `seconds`. Collects every response's latency
 * (autocannon's "response" event) so that several runs can be pooled exactly.
 */
async function cannon(target, connections, seconds) {
  const latencies = [];
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    timeout: 10, // s per request
    headers: target.headers ?? {},
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const r = await instance;
  return { r, latencies };
}

/**
 * Interleaved closed-loop load on several endpoints: each endpoint's measured time is split
 * into `rounds` runs of duration/rounds s, and the rounds alternate over the endpoints in
 * order, then in reverse order (A B C, C B A, A B C …), so that a change in the machine's
 * load during the run (it is shared) falls on every endpoint alike. Before its first round,
 * each endpoint gets a `warmup` s run that is discarded (JIT, connection pools and caches
 * settle). Every run is followed by a wait until the server is idle again: autocannon ends a
 * run by dropping its connections, not its requests, and a server that keeps working on the
 * abandoned ones (Next does) would spend the next run's first seconds on them.
 *
 * targets: [{ key, url, headers?, pid }]. Returns { [key]: { rps, p50, p99, non2xx, errors,
 * total, seconds, rounds: [rps…], drainSeconds } }: req/s = responses ÷ measured seconds over
 * all rounds; p50/p99 over every response of every round.
 */
export async function loadInterleaved(targets, { connections, duration, warmup, rounds = 1 }, onRun = () => {}) {
  for (const t of targets) assertLoopback(t.url);
  const acc = Object.fromEntries(
    targets.map((t) => [
      t.key,
      { latencies: [], total: 0, seconds: 0, non2xx: 0, errors: 0, rounds: [], drainSeconds: 0, warm: false },
    ]),
  );
  const perRound = duration / rounds;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const a = acc[t.key];
      if (!a.warm && warmup > 0) {
        await cannon(t, connections, warmup);
        await waitForIdle(t.pid);
      }
      a.warm = true;
      const { r, latencies } = await cannon(t, connections, perRound);
      const drain = await waitForIdle(t.pid);
      a.latencies.push(...latencies);
      a.total += r.requests.total;
      a.seconds += r.duration;
      a.non2xx += r.non2xx;
      a.errors += r.errors;
      a.rounds.push(r.requests.total / r.duration);
      a.drainSeconds = Math.max(a.drainSeconds, drain);
      onRun(t, round, r.requests.total / r.duration);
    }
  }
  const out = {};
  for (const t of targets) {
    const a = acc[t.key];
    const sorted = a.latencies.sort((x, y) => x - y);
    out[t.key] = {
      rps: a.seconds > 0 ? a.total / a.seconds : 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      non2xx: a.non2xx,
      errors: a.errors,
      total: a.total,
      seconds: a.seconds,
      rounds: a.rounds,
      drainSeconds: a.drainSeconds,
    };
  }
  return out;
}
