// Lighthouse (mobile preset, its default: simulated slow 4G and a 4× slower CPU) on one
// page, and the page's first-load JavaScript: the gzip size of every script it loads.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { get } from "./measure.mjs";

/** Pinned: 12.8.x is the newest line that runs on Node 20 (13 wants Node 22). */
export const LIGHTHOUSE_VERSION = "12.8.2";
const TIMEOUT_MS = 240_000; // npx may have to fetch it first (about 20 s here)

let running = null;

/** Ends a Lighthouse run still going (the benchmark is being stopped): its whole process group. */
export function stopLighthouse() {
  if (!running) return;
  try {
    process.kill(-running.pid, "SIGKILL");
  } catch {
    // already gone
  }
  running = null;
}

/**
 * Runs `npx -y lighthouse@<pinned> <url>` with Debian's Chromium. Never throws: when it cannot
 * run, returns { ran: false, why } for the report instead of failing the benchmark.
 * Otherwise { ran: true, version, performance (0–100), tbtMs, fcpMs, lcpMs, cls, scripts:
 * [{ url, transferSize, resourceSize }], reportFile, warnings }.
 */
export async function runLighthouse(url, log) {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chrome)) {
    return { ran: false, why: `no Chromium at ${chrome} (apt-get install chromium, or set CHROME_PATH)` };
  }
  const reportFile = path.join(os.tmpdir(), "reex-bench-lighthouse.json");
  fs.rmSync(reportFile, { force: true });
  const args = [
    "-y",
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    url,
    "--output=json",
    `--output-path=${reportFile}`,
    "--quiet",
    "--chrome-flags=--headless --no-sandbox --disable-gpu",
  ];
  log(`Lighthouse ${LIGHTHOUSE_VERSION} (mobile) on ${url} …`);
  const outcome = await new Promise((resolve) => {
    // Its own process group, so a time-out ends npx, Lighthouse and the Chromium it started.
    const child = spawn("npx", args, {
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    running = child;
    let tail = "";
    const keep = (chunk) => (tail = (tail + chunk).slice(-2000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      stopLighthouse();
      resolve({ why: `timed out after ${TIMEOUT_MS / 1000} s` });
    }, TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ why: `could not start npx: ${e.message}` });
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      running = null;
      if (code === 0) return resolve({});
      const last = tail.trim().split("\n").slice(-3).join(" / ");
      resolve({ why: `npx lighthouse exited with ${signal ?? code}${last ? `: ${last}` : ""}` });
    });
  });
  if (outcome.why) return { ran: false, why: outcome.why };

  let lhr;
  try {
    lhr = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  } catch (e) {
    return { ran: false, why: `no readable report (${e instanceof Error ? e.message : e})` };
  }
  if (lhr.runtimeError) return { ran: false, why: `Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}` };
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  return {
    ran: true,
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttlingMethod,
    performance: lhr.categories.performance.score === null ? NaN : Math.round(lhr.categories.performance.score * 100),
    tbtMs: audit("total-blocking-time"),
    fcpMs: audit("first-contentful-paint"),
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    scripts: requests
      .filter((r) => r.resourceType === "Script")
      .map((r) => ({ url: r.url, transferSize: r.transferSize ?? 0, resourceSize: r.resourceSize ?? 0 })),
    reportFile,
    warnings: lhr.runWarnings ?? [],
  };
}

/** `<script src>` and `<link rel="modulepreload" href>` of a page, as absolute URLs. */
export function scriptUrls(html, pageUrl) {
  const urls = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) urls.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?modulepreload\b/i.test(m[0])) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
    if (href) urls.add(href[1]);
  }
  return [...urls].map((u) => new URL(u.replaceAll("&amp;", "&"), pageUrl).href);
}

/**
 * First-load JS: the scripts the page loads (Lighthouse's network records when it ran,
 * else the page's own `<script src>` and modulepreload links), each fetched here without
 * compression and gzipped at level 9 (as `next build`'s "First Load JS" and gzip-size do).
 * Only same-host scripts are fetched (the benchmark talks to 127.0.0.1 only); others are
 * listed as not counted. Returns { source, total, scripts: [{ url, bytes, gzip }], skipped }.
 */
export async function firstLoadJs(pageUrl, html, lighthouse) {
  const fromLighthouse = lighthouse?.ran && lighthouse.scripts.length > 0;
  const urls = fromLighthouse ? lighthouse.scripts.map((s) => s.url) : scriptUrls(html, pageUrl);
  const host = new URL(pageUrl).host;
  const scripts = [];
  const skipped = [];
  for (const url of [...new Set(urls)]) {
    if (new URL(url).host !== host) {
      skipped.push(url);
      continue;
    }
    const res = await get(url);
    if (res.status !== 200) {
      skipped.push(`${url} (${res.status})`);
      continue;
    }
    scripts.push({ url, bytes: res.body.length, gzip: zlib.gzipSync(res.body, { level: 9 }).length });
  }
  return {
    source: fromLighthouse ? "Lighthouse's network records" : "the page's <script src> and modulepreload links",
    total: scripts.reduce((s, x) => s + x.gzip, 0),
    scripts,
    skipped,
  };
}
