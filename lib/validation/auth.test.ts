import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "./auth";

const signUp = { displayName: "Ada", email: "ada@test.example", password: "a-long-enough-password" };

describe("callbackUrl", () => {
  it("never blocks a valid sign-in or sign-up: an over-long or odd one is dropped", () => {
    for (const callbackUrl of ["/" + "a".repeat(2500), 42, { toString: () => "/x" }]) {
      const signIn = signInSchema.safeParse({ email: "ada@test.example", password: "pw", callbackUrl });
      expect(signIn.success).toBe(true);
      expect(signIn.data?.callbackUrl).toBeUndefined();
      const up = signUpSchema.safeParse({ ...signUp, callbackUrl });
      expect(up.success).toBe(true);
      expect(up.data?.callbackUrl).toBeUndefined();
    }
  });
  it("keeps an ordinary one", () => {
    expect(signInSchema.parse({ email: "a@test.example", password: "pw", callbackUrl: "/x?y=1" }).callbackUrl).toBe(
      "/x?y=1",
    );
  });
});

describe("sign-up password", () => {
  it("needs at least 12 characters", () => {
    const short = signUpSchema.safeParse({ ...signUp, password: "elevenchars" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Password must be at least 12 characters.");
    expect(signUpSchema.safeParse({ ...signUp, password: "twelve chars" }).success).toBe(true);
  });
});
