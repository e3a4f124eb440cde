import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword, signUpServerSchema } from "./password-policy";

const form = { displayName: "Ada", email: "ada@test.example" };
const passwordError = (password: string) =>
  signUpServerSchema.safeParse({ ...form, password }).error?.issues.find((i) => i.path[0] === "password")?.message;

describe("common passwords", () => {
  it("refuses the most common passwords, in any case", () => {
    for (const p of ["passwordpassword", "123456789012", "qwertyuiop123", "1q2w3e4r5t6y", "QWERTYUIOP123"]) {
      expect(isCommonPassword(p)).toBe(true);
      expect(passwordError(p)).toBe(COMMON_PASSWORD_MESSAGE);
    }
    expect(COMMON_PASSWORD_MESSAGE).toBe("This password is too common. Choose another.");
  });

  it("accepts the seeded demo passwords and other ordinary ones", () => {
    const demo = JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../../prisma/seed/demo-users.json"), "utf8"),
    ) as { password: string }[];
    expect(demo.length).toBeGreaterThan(0);
    for (const { password } of demo) expect(passwordError(password)).toBeUndefined();
    expect(passwordError("a-long-enough-password")).toBeUndefined();
    expect(passwordError("correct horse battery")).toBeUndefined();
  });

  it("still applies the shared rules first", () => {
    expect(passwordError("short")).toBe("Password must be at least 12 characters.");
  });
});
