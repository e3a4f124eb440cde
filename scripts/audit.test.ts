import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// scripts/audit.mjs run against a stand-in `npm` that answers the way npm audit does.
const dir = mkdtempSync(path.join(tmpdir(), "reex-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(stdout: object, stderr: string, status: number) {
  writeFileSync(path.join(dir, "out.json"), JSON.stringify(stdout));
  writeFileSync(path.join(dir, "err.txt"), stderr);
  const npm = path.join(dir, "npm");
  writeFileSync(npm, `#!/bin/sh\ncat "${dir}/out.json"\ncat "${dir}/err.txt" >&2\nexit ${status}\n`);
  chmodSync(npm, 0o755);
  return spawnSync(process.execPath, ["scripts/audit.mjs"], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}` },
  });
}

describe("npm run audit:deps", () => {
  it("warns and passes when the audit endpoint cannot be reached", () => {
    for (const [body, stderr] of [
      [
        {
          message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
          statusCode: 405,
        },
        "",
      ],
      [
        {
          message:
            "request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED",
        },
        "npm error audit endpoint returned an error\n",
      ],
    ] as const) {
      const run = audit(body, stderr, 1);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/audit NOT done/);
      expect(run.stderr).toMatch(/where the registry's audit endpoint is reachable/);
    }
  });

  it("fails on vulnerabilities, naming them", () => {
    const run = audit(
      {
        auditReportVersion: 2,
        vulnerabilities: {
          "bad-lib": {
            severity: "high",
            range: "<1.2.3",
            via: [{ title: "Prototype pollution", url: "https://example.invalid/GHSA-x" }],
          },
        },
        metadata: { vulnerabilities: { high: 1, total: 1 } },
      },
      "",
      1,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/high\s+bad-lib <1\.2\.3: Prototype pollution/);
  });

  it("passes a clean report and fails other npm errors", () => {
    expect(
      audit({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { total: 0 } } }, "", 0).status,
    ).toBe(0);
    const noLock = audit(
      { error: { code: "ENOLOCK", summary: "This command requires an existing lockfile." } },
      "npm error code ENOLOCK\n",
      1,
    );
    expect(noLock.status).toBe(1);
  });
});
