// `npm run audit:deps`: known vulnerabilities in the production dependencies of
// package-lock.json. No advisory database ships on the npm registry (@renovatebot/osv-offline
// downloads its data from GitHub at run time), so this asks npm's audit endpoint; on machines
// that cannot reach it (it answers 405 here) the check is reported as not done, and exits 0.
// Not part of `npm test`. Extra arguments go to npm, e.g. `npm run audit:deps -- --audit-level=high`.
import { spawnSync } from "node:child_process";

const args = ["audit", "--omit=dev", "--json", ...process.argv.slice(2)];
const run = spawnSync("npm", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`audit: could not run npm: ${run.error.message}`);
  process.exit(1);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket hang up/;
const unreachable =
  !report?.auditReportVersion &&
  (typeof report?.statusCode === "number" ||
    NETWORK.test(String(report?.message ?? "")) ||
    /audit endpoint returned an error/.test(run.stderr));

if (unreachable) {
  const why = String(report?.message ?? run.stderr.trim().split("\n")[0] ?? "").slice(0, 300);
  console.warn(
    [
      "WARNING: dependency audit NOT done: npm's audit endpoint could not be reached.",
      `  ${why}`,
      "  Run `npm run audit:deps` where the registry's audit endpoint is reachable",
      "  (a developer machine with internet access, or a CI runner with it) before a release.",
    ].join("\n"),
  );
  process.exit(0);
}

if (!report?.auditReportVersion) {
  // Not a network problem (no lockfile, a bad flag...): npm's own words, and its failure.
  process.stderr.write(run.stderr);
  process.stdout.write(run.stdout);
  process.exit(run.status || 1);
}

const vulns = Object.entries(report.vulnerabilities ?? {});
for (const [name, v] of vulns) {
  const advisories = (v.via ?? []).filter((x) => typeof x === "object");
  const detail = advisories.map((a) => `${a.title} ${a.url ?? ""}`.trim()).join("; ") || `via ${v.via.join(", ")}`;
  console.log(`${v.severity.padEnd(8)} ${name} ${v.range}: ${detail}`);
}
const counts = report.metadata?.vulnerabilities ?? {};
console.log(
  vulns.length
    ? `audit: ${vulns.length} vulnerable production packages (${Object.entries(counts)
        .filter(([k, n]) => k !== "total" && n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(", ")})`
    : "audit: no known vulnerabilities in production dependencies",
);
// npm's exit status already applies --audit-level.
process.exit(run.status ?? 1);
