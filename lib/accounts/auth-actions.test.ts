import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAction, signUpAction } from "@/app/actions/auth";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "@/lib/http/socket-address";
import { makeUser, resetDb } from "@/test/db";

// The actions run outside Next here: the request's headers and cookies and redirect() are stand-ins.
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string, value: string) => request.cookies.set(name, value),
    delete: (name: string) => request.cookies.delete(name),
  }),
}));
class Redirect extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (location: string) => {
    throw new Redirect(location);
  },
}));

/** A same-origin form post from `socketAddress`, carrying a made-up X-Forwarded-For. */
function post(socketAddress: string, forwardedFor: string, fields: Record<string, string>) {
  request.headers = new Headers({
    host: "localhost:3000",
    origin: "http://localhost:3000",
    [SOCKET_ADDRESS_HEADER]: socketAddressStamp(socketAddress),
    "x-forwarded-for": forwardedFor,
  });
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/** The redirect an action answered with, or its form state when it did not redirect. */
async function outcome(action: Promise<unknown>) {
  try {
    return { state: await action };
  } catch (e) {
    if (e instanceof Redirect) return { location: e.location };
    throw e;
  }
}

beforeEach(async () => {
  await resetDb();
  request.cookies.clear();
});

describe("sign-in", () => {
  it("limits failed attempts per address across emails, whatever X-Forwarded-For says", async () => {
    for (let i = 0; i < 30; i++) {
      const form = post("192.0.2.1", `10.9.${i}.1`, { email: `spray${i}@test.example`, password: "Winter2026!!" });
      expect((await outcome(signInAction({}, form))).state).toMatchObject({
        message: "The email or password is incorrect.",
      });
    }
    const form = post("192.0.2.1", "10.9.99.1", { email: "spray-last@test.example", password: "Winter2026!!" });
    expect((await outcome(signInAction({}, form))).state).toMatchObject({
      message: expect.stringMatching(/^Too many attempts/),
    });
  });

  it("signs in and goes home when the callbackUrl is over-long", async () => {
    const u = await makeUser("READER", { password: "a-long-enough-password" });
    const form = post("192.0.2.2", "", {
      email: u.email,
      password: "a-long-enough-password",
      callbackUrl: "/articles/" + "x".repeat(2100),
    });
    expect(await outcome(signInAction({}, form))).toEqual({ location: "/" });
    expect(request.cookies.size).toBe(1);
  });
});

describe("sign-up", () => {
  const account = (i: number) => ({
    displayName: `Member ${i}`,
    email: `member${i}@test.example`,
    password: "a-long-enough-password",
  });

  it("limits accounts per socket address, whatever X-Forwarded-For says", async () => {
    for (let i = 0; i < 20; i++) {
      expect(await outcome(signUpAction({}, post("192.0.2.3", `10.8.${i}.1`, account(i))))).toEqual({ location: "/" });
    }
    const last = await outcome(signUpAction({}, post("192.0.2.3", "10.8.99.1", account(99))));
    expect(last.state).toMatchObject({ message: expect.stringMatching(/^Too many accounts created from here/) });
  });

  it("still says when an email is registered, and refuses common passwords", async () => {
    expect(await outcome(signUpAction({}, post("192.0.2.4", "", account(1))))).toEqual({ location: "/" });
    expect((await outcome(signUpAction({}, post("192.0.2.4", "", account(1))))).state).toMatchObject({
      fieldErrors: { email: "An account with this email already exists." },
    });
    const common = await outcome(signUpAction({}, post("192.0.2.4", "", { ...account(2), password: "qwertyuiop123" })));
    expect(common.state).toMatchObject({ fieldErrors: { password: "This password is too common. Choose another." } });
  });

  it("signs up and goes home when the callbackUrl is over-long", async () => {
    const form = post("192.0.2.5", "", { ...account(3), callbackUrl: "/" + "y".repeat(2100) });
    expect(await outcome(signUpAction({}, form))).toEqual({ location: "/" });
  });
});
