// Machine facts and bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

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
const ms = (n) => (n >= 100 ? int(n) : n.toFixed(1));
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "n/a");

function sizeSection(r) {
  const s = r.shape;
  const head = [
    `## ${int(r.size)} comments`,
    "",
    `Article \`/articles/${r.slug}\`: ${int(s.comments)} comments, ${int(s.topLevel)} top-level, ` +
      `deepest at depth ${s.maxDepth} (mean ${s.meanDepth}), largest parent ${int(s.maxReplies)} direct replies ` +
      `(${s.parentsWith1000Replies} parent(s) with 1,000+). Invariants (path, depth, replyCount, ` +
      `descendantCount, commentCount, sequence) verified in SQL. "More replies" is ` +
      `\`${r.moreRepliesPath}\`, the link the article page shows under the largest parent.` +
      (r.sameComments ? " The baseline page shows the same comment ids as the app's." : ""),
    "",
    "| endpoint | req/s | p50 ms | p99 ms | non-2xx | errors | HTML bytes | comments shown | SQL queries per page |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  const rows = r.rows.map(
    (e) =>
      `| ${e.label} | ${e.load.rps.toFixed(1)} | ${ms(e.load.p50)} | ${ms(e.load.p99)} | ${e.load.non2xx} | ` +
      `${e.load.errors} | ${int(e.bytes)} | ${e.shown} | ${e.queries.perRequest} |`,
  );
  const scripts = r.rows
    .filter((e) => e.scriptBytes > 0)
    .map((e) => `${e.label}: ${int(e.scriptBytes)} B (${Math.round((100 * e.scriptBytes) / e.bytes)} %)`);
  const note = [
    "",
    'Comments shown: `<article id="comment-…">` elements on the page (the thread page counts its root too). ' +
      "A page holds at most 250 whatever the discussion's size, but early comments gather more replies as it grows.",
  ];
  if (scripts.length) note.push("", `Of the HTML bytes, inline \`<script>\` (RSC payload): ${scripts.join("; ")}.`);
  return [...head, ...rows, ...note, ""].join("\n");
}

function scalingSection(results) {
  if (results.length < 2) return "";
  const first = results[0];
  const last = results[results.length - 1];
  const lines = [
    `## Page cost, ${int(last.size)} vs ${int(first.size)} comments`,
    "",
    "Slowdown = p50 at the larger size ÷ p50 at the smaller; throughput ratio = req/s at the smaller ÷ req/s at the larger. 1.00× means the page costs the same whatever the discussion's size.",
    "",
    `| endpoint | p50 ${int(first.size)} | p50 ${int(last.size)} | slowdown (p50) | req/s ${int(first.size)} | req/s ${int(last.size)} | slowdown (req/s) |`,
    "| --- | --: | --: | --: | --: | --: | --: |",
  ];
  for (const [i, a] of first.rows.entries()) {
    const b = last.rows[i];
    lines.push(
      `| ${a.label} | ${ms(a.load.p50)} | ${ms(b.load.p50)} | ${ratio(b.load.p50, a.load.p50)} | ` +
        `${a.load.rps.toFixed(1)} | ${b.load.rps.toFixed(1)} | ${ratio(a.load.rps, b.load.rps)} |`,
    );
  }
  return [...lines, ""].join("\n");
}

function baselineSection(results) {
  const lines = [
    "## App vs baseline (article page)",
    "",
    "The baseline (`bench/baseline-server.mjs`) serves the same first page of comments with node:http and pg only.",
    "",
    "| comments | app req/s | baseline req/s | app / baseline | app p50 ms | baseline p50 ms |",
    "| --: | --: | --: | --: | --: | --: |",
  ];
  for (const r of results) {
    const app = r.rows.find((e) => e.key === "article").load;
    const base = r.rows.find((e) => e.key === "baseline").load;
    lines.push(
      `| ${int(r.size)} | ${app.rps.toFixed(1)} | ${base.rps.toFixed(1)} | ${(app.rps / base.rps).toFixed(2)} | ` +
        `${ms(app.p50)} | ${ms(base.p50)} |`,
    );
  }
  return [...lines, ""].join("\n");
}

const shorten = (sql) => (sql.length > 110 ? `${sql.slice(0, 110)}…` : sql);

function statementsSection(results) {
  const r = results[0];
  const lines = [
    `## SQL statements per request (${int(r.size)} comments, guest)`,
    "",
    "Counted in the server process by `scripts/count-pg-queries.cjs` (preloaded with `NODE_OPTIONS=--require`), " +
      "which patches node-postgres's `Client.prototype.query`: every statement of Prisma's pg adapter and of the " +
      "baseline's pg.Pool passes through it. Each count is read before and after one request, three times in a row.",
  ];
  for (const e of r.rows.filter((x) => x.key !== "baseline")) {
    lines.push("", `${e.label} (counts ${e.queries.all.join(", ")}):`, "");
    lines.push(...e.queries.statements.map((sql) => `- \`${shorten(sql)}\``));
  }
  return [...lines, ""].join("\n");
}

export function writeResults(file, { facts, settings, results, seconds, loadAfter }) {
  const text = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` (\`bench/run.mjs\`) on ${facts.date}; the whole run took ${int(seconds)} s. ` +
      `Load: autocannon, ${settings.connections} connections, ${settings.duration} s per endpoint after a ` +
      `${settings.warmup} s warm-up, loopback only; one \`next start\` (production build) and the baseline ` +
      "server, each with a pool of 10 PostgreSQL connections, as a guest (no session cookie). Before each warm-up " +
      "and each measured run the server is left to finish the requests the previous run abandoned (it must be idle).",
    "",
    "> This machine is shared with other work and noisy: absolute numbers move from run to run. " +
      "Ratios within one run (size against size, app against baseline) and medians matter more than absolutes.",
    "",
    "## Machine",
    "",
    "| nproc | CPU | memory | Node | PostgreSQL | load average before / after |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${facts.nproc} | ${facts.cpu} | ${facts.memory} | ${facts.node} | ${facts.postgres} | ${facts.loadBefore} / ${loadAfter} |`,
    "",
    ...results.map(sizeSection),
    scalingSection(results),
    baselineSection(results),
    statementsSection(results),
  ].join("\n");
  fs.writeFileSync(file, text);
}
