// Machine facts and bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { LIGHTHOUSE_VERSION } from "./lighthouse.mjs";
import { median } from "./measure.mjs";

export function machineFacts(postgresVersion) {
  let nproc;
  try {
    nproc = execFileSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    nproc = String(os.availableParallelism());
  }
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpu;
  } catch {
    // not Linux: keep os.cpus()'s answer
  }
  return {
    nproc,
    cpu,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    postgres: postgresVersion,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    loadBefore: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
  };
}

const int = (n) => Math.round(n).toLocaleString("en-US");
const ms = (n) => (!Number.isFinite(n) ? "n/a" : n >= 100 ? int(n) : n.toFixed(1));
const num = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The thresholds the Targets section checks. null: no threshold was set for it; the number
 * is reported without ✅/❌. `flat` and the Lighthouse ones are this benchmark's own choice
 * (see the notes in the section); change them here.
 */
export const TARGETS = {
  guestVsBaseline: 1.0, // guest article page req/s ÷ baseline req/s, ≥
  guestVsStatic: 0.5, // guest article page req/s ÷ static reference req/s, ≥
  missRatio: 0.35, // baseline p50 ÷ app cache-miss p50 (sequential single requests), ≥
  signedInRatio: 0.35, // signed-in article page req/s ÷ baseline req/s, ≥
  htmlRatio: 1.5, // guest article page HTML bytes ÷ baseline's, ≤
  newCommentMs: 1000, // a new comment visible to a guest, every post (the max), ≤
  flat: 1.2, // largest size vs smallest: req/s slowdown and miss p50 slowdown of the app's pages, ≤
  lighthousePerformance: 95, // ≥
  tbtMs: 200, // Total Blocking Time, ≤
  // bytes, ≤: the issue allows Next's own App Router minimum + 25 KB; these pages load no Next
  // runtime at all, so 25 KB is the stricter bound.
  firstLoadJsGzip: 25 * 1024,
};

const mark = (ok) => (ok === null ? "—" : ok ? "✅" : "❌");
const row = (r, key) => r.rows.find((e) => e.key === key);
const rps = (r, key) => row(r, key)?.load.rps ?? NaN;

function sizeSection(r) {
  const s = r.shape;
  const checks = [];
  if (r.sameComments) checks.push("The baseline page shows the same comment ids as the app's guest page.");
  else checks.push("**The baseline page shows other comment ids than the app's guest page.**");
  checks.push(
    r.staticSame && r.referenceBuiltSame
      ? "The static reference served exactly the app's guest page bytes (checked after its build and again before the load runs)."
      : `**The static reference's bytes differ from the app's guest page** (after build: ${r.referenceBuiltSame ? "same" : "different"}; before the load: ${r.staticSame ? "same" : "different"}).`,
  );
  checks.push(
    r.signedInShown
      ? "The signed-in page shows the bench reader's name (the session was accepted)."
      : "**The signed-in page does not show the bench reader's name: the session may not have been accepted.**",
  );
  checks.push(
    r.sessionSlid
      ? "**The reader's session expiry moved during the load (a sliding update wrote to the database).**"
      : "The reader's session expiry was the same before and after the load (no sliding update).",
  );
  const head = [
    `## ${int(r.size)} comments`,
    "",
    `Article \`/articles/${r.slug}\`: ${int(s.comments)} comments, ${int(s.topLevel)} top-level, ` +
      `deepest at depth ${s.maxDepth} (mean ${s.meanDepth}), largest parent ${int(s.maxReplies)} direct replies ` +
      `(${s.parentsWith1000Replies} parent(s) with 1,000+). Invariants (path, depth, replyCount, ` +
      `descendantCount, commentCount, sequence) verified in SQL. "More replies" is ` +
      `\`${r.moreRepliesPath}\`, the link the article page showed under the largest parent. ${checks.join(" ")}`,
    "",
    "| endpoint | req/s | req/s per round | p50 ms | p99 ms | non-2xx | errors | HTML bytes | comments shown | SQL statements per request |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  const rows = r.rows.map(
    (e) =>
      `| ${e.label} | ${e.load.rps.toFixed(1)} | ${e.load.rounds.map((x) => x.toFixed(1)).join(" / ")} | ` +
      `${ms(e.load.p50)} | ${ms(e.load.p99)} | ${e.load.non2xx} | ${e.load.errors} | ${int(e.bytes)} | ${e.shown} | ` +
      `${e.queries ? e.queries.perRequest : "–"} |`,
  );
  const scripts = r.rows
    .filter((e) => e.scriptBytes > 0 && e.key !== "static")
    .map((e) => `${e.label}: ${int(e.scriptBytes)} B (${Math.round((100 * e.scriptBytes) / e.bytes)} %)`);
  const note = [
    "",
    'Comments shown: `id="comment-…"` elements on the page (the thread page counts its root too). ' +
      "A page holds at most 150 whatever the discussion's size, but early comments gather more replies as it grows. " +
      "The static reference has no database (no statement counter).",
  ];
  if (scripts.length) note.push("", `Of the HTML bytes, inline \`<script>\` elements: ${scripts.join("; ")}.`);
  return [...head, ...rows, ...note, ""].join("\n");
}

/** Largest-vs-smallest slowdowns: req/s for every load row, p50 for the cache miss. */
function scaling(results) {
  if (results.length < 2) return null;
  const first = results[0];
  const last = results[results.length - 1];
  const lines = first.rows.map((a) => {
    const b = row(last, a.key);
    return {
      key: a.key,
      label: a.label,
      app: a.key !== "baseline" && a.key !== "static",
      a: a.load,
      b: b.load,
      p50: b.load.p50 / a.load.p50,
      rps: a.load.rps / b.load.rps,
    };
  });
  if (first.miss && last.miss) {
    lines.push({
      key: "miss",
      label: "app: cache miss (sequential, after a vote)",
      app: true,
      a: { p50: first.miss.missP50, rps: NaN },
      b: { p50: last.miss.missP50, rps: NaN },
      p50: last.miss.missP50 / first.miss.missP50,
      rps: NaN,
    });
  }
  if (first.posts?.posts.length && last.posts?.posts.length) {
    lines.push({
      key: "newComment",
      label: "app: new comment visible to a guest (median)",
      app: false, // reported, not judged: it adds a post's own cost to the miss
      a: { p50: first.posts.median, rps: NaN },
      b: { p50: last.posts.median, rps: NaN },
      p50: last.posts.median / first.posts.median,
      rps: NaN,
    });
  }
  return { first, last, lines };
}

function scalingSection(sc) {
  if (!sc) return "";
  const { first, last } = sc;
  const lines = [
    `## Page cost, ${int(last.size)} vs ${int(first.size)} comments`,
    "",
    "Slowdown = p50 at the larger size ÷ p50 at the smaller; throughput slowdown = req/s at the smaller ÷ req/s at the larger. 1.00× means the page costs the same whatever the discussion's size. The cache miss and the new comment are sequential single requests (p50 and median ms), not load.",
    "",
    `| endpoint | p50 ${int(first.size)} | p50 ${int(last.size)} | slowdown (p50) | req/s ${int(first.size)} | req/s ${int(last.size)} | slowdown (req/s) |`,
    "| --- | --: | --: | --: | --: | --: | --: |",
  ];
  for (const l of sc.lines) {
    lines.push(
      `| ${l.label} | ${ms(l.a.p50)} | ${ms(l.b.p50)} | ${num(l.p50)}× | ` +
        `${Number.isFinite(l.a.rps) ? l.a.rps.toFixed(1) : "–"} | ${Number.isFinite(l.b.rps) ? l.b.rps.toFixed(1) : "–"} | ` +
        `${Number.isFinite(l.rps) ? `${num(l.rps)}×` : "–"} |`,
    );
  }
  return [...lines, ""].join("\n");
}

function baselineSection(results) {
  const lines = [
    "## App vs baseline and static reference (article page, under load)",
    "",
    "The baseline (`bench/baseline-server.mjs`) serves the same first page of comments with node:http and pg only. " +
      "The static reference (`bench/static-ref/`) is `next start` serving the app's guest page bytes as a " +
      "force-static, build-time prerendered route: Next with no rendering and no database.",
    "",
    "| comments | guest req/s | signed-in req/s | static ref req/s | baseline req/s | guest ÷ baseline | guest ÷ static | signed-in ÷ baseline | static ÷ baseline |",
    "| --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const r of results) {
    const [g, u, st, b] = ["article", "signedIn", "static", "baseline"].map((k) => rps(r, k));
    lines.push(
      `| ${int(r.size)} | ${g.toFixed(1)} | ${u.toFixed(1)} | ${st.toFixed(1)} | ${b.toFixed(1)} | ${num(g / b)} | ` +
        `${num(g / st)} | ${num(u / b)} | ${num(st / b)} |`,
    );
  }
  return [...lines, ""].join("\n");
}

function missSection(results, settings) {
  const lines = [
    "## Cache miss: the first guest render after an invalidation",
    "",
    `Sequential, ${settings.misses} times per size: as a signed-in bench user (a voter of its own per size), POST ` +
      "`/comments/<id>/vote` (`vote=up`, then `none`, alternately; `Accept: application/json`) on the first comment " +
      "the page shows: every vote invalidates the discussion's pages. Then one guest GET of the article page, timed " +
      "from its start to the end of the body on a new connection (no keep-alive). The server is left to go idle " +
      `before each vote, and right after each miss one GET of the baseline (which renders every request), so each ` +
      `pair sees the machine in the same state. For comparison, ${settings.misses} sequential guest GETs of the ` +
      "cached page (hits). **Baseline p50 ÷ miss p50 is a latency ratio of sequential " +
      "requests, not a throughput ratio.** Fresh: pages after a vote that differ from the page before it (the " +
      "comment's score moved); score: pages where the comment's printed score was the one the vote answered with.",
    "",
    "| comments | voted comment | app miss p50 ms | app miss max ms | app hit p50 ms | baseline p50 ms | baseline ÷ miss (p50) | fresh | score | problems |",
    "| --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |",
  ];
  for (const r of results) {
    const m = r.miss;
    if (!m) {
      lines.push(`| ${int(r.size)} | – | not measured | | | | | | | the page showed no comment |`);
      continue;
    }
    lines.push(
      `| ${int(r.size)} | ${r.votedId} | ${ms(m.missP50)} | ${ms(m.missMax)} | ${ms(m.hitP50)} | ${ms(r.baselineSeq.p50)} | ` +
        `${num(r.baselineSeq.p50 / m.missP50)} | ${m.changed} of ${m.misses.length} | ` +
        `${m.scoreChecked ? `${m.scoreMatched} of ${m.scoreChecked}` : "not found on the page"} | ` +
        `${m.problems.length ? m.problems.join("; ").replace(/\|/g, "\\|") : "none"} |`,
    );
  }
  return [...lines, ""].join("\n");
}

function newCommentSection(results, settings) {
  const lines = [
    "## A new comment, as a guest sees it",
    "",
    `Per size, ${settings.posts} sequential posts, each by a bench user of its own (the app lets a user post only a ` +
      "few comments a minute): `POST /comments` as a plain form (`discussionId`, `parentId`, `body`, a fresh " +
      "`requestKey`, `returnTo=/articles/bench-<N>`; same Origin, session cookie, no JSON Accept), which must answer " +
      "303 to a Location ending in `#comment-<id>`. From the moment the 303 arrives, the polled page is fetched as a " +
      "guest (no cookie), a new request every 50 ms (or as soon as the previous one ended), until its HTML contains " +
      '`id="comment-<id>"` (given up after 10 s). The time is when the first response that showed it ended.',
    "",
    "Which page is polled: with the default oldest-first order a new top-level comment lands on the discussion's " +
      "last page, so each post is a **reply** to a top-level comment of the article's first page, under which the " +
      "page shows the first `REPLIES_PER_PARENT[0]` replies (lib/comments/limits.ts): the post goes to the first " +
      "such root whose reply count (from the database, counting the earlier posts) leaves room, and the **article " +
      "page** `/articles/bench-<N>` is polled. If no root has room, the reply goes to the first root with fewer " +
      "than `ROOTS_PER_PAGE` replies and that root's **thread page** `/articles/bench-<N>/comments/<root>` is polled.",
    "",
    "| comments | posts | visible | median ms | max ms | polled page | 303 Location | POST p50 ms | problems |",
    "| --: | --: | --: | --: | --: | --- | --- | --: | --- |",
  ];
  for (const r of results) {
    const p = r.posts;
    if (!p) continue;
    const polled = countBy(p.posts.map((x) => (x.pollPath === `/articles/${r.slug}` ? "article page" : "thread page")));
    const located = countBy(
      p.posts
        .filter((x) => x.locationPath)
        .map((x) => (x.locationPath === x.pollPath ? "the polled page" : `\`${x.locationPath}\``)),
    );
    const problems = p.posts.filter((x) => x.problem).map((x) => x.problem.replace(/\|/g, "\\|"));
    const missing = p.posts.filter((x) => x.id && x.visibleMs === null).map((x) => `comment ${x.id} not seen in 10 s`);
    if (p.planned < settings.posts) problems.push(`only ${p.planned} of ${settings.posts} posts could be placed`);
    lines.push(
      `| ${int(r.size)} | ${p.posts.length} | ${p.visible} | ${ms(p.median)} | ${ms(p.max)} | ${polled || "–"} | ` +
        `${located || "–"} | ${ms(median(p.posts.filter((x) => x.postMs).map((x) => x.postMs)))} | ` +
        `${[...problems, ...missing].join("; ") || "none"} |`,
    );
  }
  return [...lines, ""].join("\n");
}

function countBy(values) {
  const m = new Map();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([v, n]) => `${v} × ${n}`).join(", ");
}

function lighthouseSection(r) {
  if (!r) return "";
  const lh = r.lighthouse;
  const lines = [`## Lighthouse and first-load JS (${int(r.size)} comments, guest article page)`, ""];
  if (lh.ran) {
    lines.push(
      `Lighthouse ${lh.version} (\`npx -y lighthouse@${LIGHTHOUSE_VERSION}\`, ${lh.formFactor} preset, ${lh.throttling} ` +
        "throttling, Debian Chromium headless) on `" +
        `/articles/${r.slug}` +
        "`, after the load runs and before any write at this size (the page was cached).",
      "",
      "| performance | Total Blocking Time | First Contentful Paint | Largest Contentful Paint | Cumulative Layout Shift |",
      "| --: | --: | --: | --: | --: |",
      `| ${lh.performance} | ${ms(lh.tbtMs)} ms | ${ms(lh.fcpMs)} ms | ${ms(lh.lcpMs)} ms | ${num(lh.cls, 3)} |`,
    );
    if (lh.warnings.length) lines.push("", `Lighthouse warnings: ${lh.warnings.join("; ")}`);
    lines.push("", `The full report was left at \`${lh.reportFile}\`.`);
  } else {
    lines.push(`Lighthouse: **not run**: ${lh.why}.`);
  }
  const js = r.js;
  lines.push(
    "",
    `First-load JS: ${js.scripts.length} script(s) from ${js.source}, each fetched here and gzipped at level 9: ` +
      `**${int(js.total)} B** (${kb(js.total)}) in all. Inline \`<script>\` elements are not included (see the ` +
      "HTML bytes above).",
  );
  if (js.scripts.length) {
    lines.push("", "| script | bytes | gzip |", "| --- | --: | --: |");
    for (const x of js.scripts) lines.push(`| \`${new URL(x.url).pathname}\` | ${int(x.bytes)} | ${int(x.gzip)} |`);
  }
  if (js.skipped.length) lines.push("", `Not counted (other host or not 200): ${js.skipped.join(", ")}.`);
  return [...lines, ""].join("\n");
}

const shorten = (sql) => (sql.length > 110 ? `${sql.slice(0, 110)}…` : sql);

function statementsSection(results) {
  const r = results[0];
  const lines = [
    `## SQL statements per request (${int(r.size)} comments)`,
    "",
    "Counted in the server process by `scripts/count-pg-queries.cjs` (preloaded with `NODE_OPTIONS=--require`), " +
      "which patches node-postgres's `Client.prototype.query`: every statement of Prisma's pg adapter and of the " +
      "baseline's pg.Pool passes through it. Each count is read before and after one request, three times in a row.",
  ];
  for (const e of r.rows.filter((x) => x.queries && x.key !== "baseline")) {
    lines.push("", `${e.label} (counts ${e.queries.all.join(", ")}):`, "");
    if (e.queries.statements.length) lines.push(...e.queries.statements.map((sql) => `- \`${shorten(sql)}\``));
    else lines.push("- none");
  }
  return [...lines, ""].join("\n");
}

/** Each size's value, `1,000: x · 10,000: y`, and whether every size meets `ok`. */
function perSize(results, value, fmt, ok) {
  const parts = [];
  let all = true;
  let any = false;
  for (const r of results) {
    const v = value(r);
    if (v === null || v === undefined || Number.isNaN(v)) {
      parts.push(`${int(r.size)}: not measured`);
      all = false;
      continue;
    }
    any = true;
    parts.push(`${int(r.size)}: ${fmt(v, r)}`);
    if (ok && !ok(v)) all = false;
  }
  return { text: parts.join(" · "), ok: ok ? any && all : null };
}

function targetsSection(results, settings, sc) {
  const T = TARGETS;
  const ge = (t) => (t === null ? null : (v) => v >= t);
  const le = (t) => (t === null ? null : (v) => v <= t);
  const rows = [];
  const cell = (t) => String(t).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const add = (target, res, threshold) =>
    rows.push(`| ${target} | ${cell(res.text)} | ${threshold} | ${mark(res.ok)} |`);

  add(
    "1a. Guest article page (cached) req/s ÷ baseline req/s",
    perSize(
      results,
      (r) => rps(r, "article") / rps(r, "baseline"),
      (v) => `${num(v)}×`,
      ge(T.guestVsBaseline),
    ),
    T.guestVsBaseline === null ? "none set" : `≥ ${T.guestVsBaseline}`,
  );
  add(
    "1b. Guest article page (cached) req/s ÷ static reference req/s (`next start`, force-static, same bytes)",
    perSize(
      results,
      (r) => rps(r, "article") / rps(r, "static"),
      (v) => `${num(v)}×`,
      ge(T.guestVsStatic),
    ),
    T.guestVsStatic === null ? "none set" : `≥ ${T.guestVsStatic}`,
  );
  add(
    `2. Cache miss: baseline p50 ÷ app miss p50 — a **latency ratio of ${settings.misses} sequential single requests**, not req/s`,
    perSize(
      results,
      (r) => (r.miss?.misses.length ? r.baselineSeq.p50 / r.miss.missP50 : NaN),
      (v, r) => `${num(v)} (${ms(r.miss.missP50)} vs ${ms(r.baselineSeq.p50)} ms)`,
      ge(T.missRatio),
    ),
    `≥ ${T.missRatio}`,
  );
  add(
    "3. Signed-in reader's article page req/s ÷ baseline req/s",
    perSize(
      results,
      (r) => rps(r, "signedIn") / rps(r, "baseline"),
      (v) => `${num(v)}×`,
      ge(T.signedInRatio),
    ),
    `≥ ${T.signedInRatio}`,
  );
  add(
    "4. HTML bytes, guest article page ÷ baseline (same comments)",
    perSize(
      results,
      (r) => row(r, "article").bytes / row(r, "baseline").bytes,
      (v, r) => `${num(v)}× (${int(row(r, "article").bytes)} vs ${int(row(r, "baseline").bytes)} B)`,
      le(T.htmlRatio),
    ),
    `≤ ${T.htmlRatio}`,
  );
  add(
    `5. A new comment visible to a guest (${settings.posts} posts per size; judged on the max)`,
    settings.posts === 0
      ? { text: "skipped (--posts=0)", ok: null }
      : perSize(
          results,
          (r) => (r.posts?.posts.length ? r.posts.max : NaN),
          (v, r) => `median ${ms(r.posts.median)} ms, max ${ms(v)} ms`,
          le(T.newCommentMs),
        ),
    `≤ ${T.newCommentMs} ms`,
  );
  if (sc) {
    const judged = sc.lines.filter((l) => l.app);
    const worst = Math.max(...judged.map((l) => (Number.isFinite(l.rps) ? l.rps : l.p50)));
    const text = judged
      .map((l) => `${l.label}: ${Number.isFinite(l.rps) ? `${num(l.rps)}× (req/s)` : `${num(l.p50)}× (p50)`}`)
      .join(" · ");
    add(
      `6. Cost flat in discussion size: ${int(sc.last.size)} vs ${int(sc.first.size)} comments, slowdown of each app page`,
      { text, ok: T.flat === null ? null : worst <= T.flat },
      T.flat === null ? "none set" : `≤ ${T.flat}×`,
    );
  } else {
    add("6. Cost flat in discussion size", { text: "needs two sizes", ok: null }, "–");
  }
  const big = results.find((r) => r.js);
  const lh = big?.lighthouse;
  if (lh?.ran) {
    add(
      `7a. Lighthouse ${lh.version} performance (mobile), ${int(big.size)} comments`,
      {
        text: String(lh.performance),
        ok: T.lighthousePerformance === null ? null : lh.performance >= T.lighthousePerformance,
      },
      T.lighthousePerformance === null ? "none set" : `≥ ${T.lighthousePerformance}`,
    );
    add(
      "7b. Total Blocking Time",
      { text: `${ms(lh.tbtMs)} ms`, ok: T.tbtMs === null ? null : lh.tbtMs <= T.tbtMs },
      T.tbtMs === null ? "none set" : `≤ ${T.tbtMs} ms`,
    );
  } else {
    add(
      "7a/b. Lighthouse performance, Total Blocking Time",
      { text: `not run: ${lh?.why ?? "no size measured"}`, ok: lh?.skipped ? null : false },
      "–",
    );
  }
  if (big) {
    add(
      "7c. First-load JS (gzip), every script the page loads",
      {
        text: `${int(big.js.total)} B (${kb(big.js.total)}, ${big.js.scripts.length} script(s))`,
        ok: T.firstLoadJsGzip === null ? null : big.js.total <= T.firstLoadJsGzip,
      },
      T.firstLoadJsGzip === null ? "none set" : `≤ ${int(T.firstLoadJsGzip)} B`,
    );
  }
  return [
    "## Targets",
    "",
    "| target | result | threshold | |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "✅ met at every size measured, ❌ not met (or not measured), — no threshold set (`TARGETS` in `bench/report.mjs`). " +
      "The thresholds are issue 7's targets.",
    "",
  ].join("\n");
}

export function writeResults(file, { facts, settings, command, referenceBuildSeconds, results, seconds, loadAfter }) {
  const sc = scaling(results);
  const text = [
    "# Benchmark results",
    "",
    `Written by \`${command}\` (\`bench/run.mjs\`) on ${facts.date}; the whole run took ${int(seconds)} s ` +
      `(the static reference's \`next build\`: ${int(referenceBuildSeconds)} s). ` +
      `Load: autocannon, ${settings.connections} connections, ${settings.duration} s per endpoint in ` +
      `${settings.rounds} interleaved round(s) (every endpoint of every size in turn, every other round in reverse order) after a ` +
      `${settings.warmup} s warm-up each, loopback only; one \`next start\` of the app (production build), the ` +
      "baseline server (both with a pool of 10 PostgreSQL connections) and the static reference's `next start`. " +
      "Before each warm-up and each measured run the server is left to finish the requests the previous run " +
      "abandoned (it must be idle). req/s = responses ÷ measured seconds over all rounds; p50/p99 over every response.",
    "",
    "> This machine is shared with other work and noisy: absolute numbers move from run to run. " +
      "Ratios within one run (size against size, app against baseline) and medians matter more than absolutes.",
    "",
    targetsSection(results, settings, sc),
    "## Machine",
    "",
    "| nproc | CPU | memory | Node | PostgreSQL | load average before / after |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${facts.nproc} | ${facts.cpu} | ${facts.memory} | ${facts.node} | ${facts.postgres} | ${facts.loadBefore} / ${loadAfter} |`,
    "",
    ...results.map(sizeSection),
    scalingSection(sc),
    baselineSection(results),
    missSection(results, settings),
    settings.posts > 0 ? newCommentSection(results, settings) : "",
    lighthouseSection(results.find((r) => r.js)),
    statementsSection(results),
  ].join("\n");
  fs.writeFileSync(file, text);
}
