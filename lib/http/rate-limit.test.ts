import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { rateLimit, refund } from "./rate-limit";

// The limits live in the database and outlive a run: keys are unique per run.

describe("per-address sign-in limit", () => {
  it("allows 30 failed attempts per address in 10 minutes, whatever the emails", async () => {
    const ip = `198.51.100.30-${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < 30; i++) expect(await rateLimit("signInIp", ip)).toBe(0);
    const wait = await rateLimit("signInIp", ip);
    expect(wait).toBeGreaterThan(60);
    expect(wait).toBeLessThanOrEqual(600);
    expect(await rateLimit("signInIp", `198.51.100.31-${randomBytes(6).toString("hex")}`)).toBe(0);
  });

  it("does not count attempts that are refunded (successful sign-ins)", async () => {
    const ip = `198.51.100.32-${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < 40; i++) {
      expect(await rateLimit("signInIp", ip)).toBe(0);
      await refund("signInIp", ip);
    }
  });
});
