import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// In-process limits: right for the single `next start` process this app runs as. Several
// processes behind a balancer would need a shared store (rate-limiter-flexible has a
// PostgreSQL one) — noted in the README.
const limiters = {
  signIn: new RateLimiterMemory({ keyPrefix: "sign-in", points: 10, duration: 60 }),
  // Per address, whatever the email: a password spray across many accounts. Every attempt
  // spends a point and a successful one gets it back (refund), so only failures count and a
  // busy shared address (an office, a school) is not locked out by its own members.
  signInIp: new RateLimiterMemory({ keyPrefix: "sign-in-ip", points: 30, duration: 10 * 60 }),
  signUp: new RateLimiterMemory({ keyPrefix: "sign-up", points: 20, duration: 60 * 60 }),
  comment: new RateLimiterMemory({ keyPrefix: "comment", points: 10, duration: 60 }),
  edit: new RateLimiterMemory({ keyPrefix: "edit", points: 10, duration: 60 }),
  // Each preview is a server render of up to 10,000 characters: generous, but bounded.
  preview: new RateLimiterMemory({ keyPrefix: "preview", points: 30, duration: 60 }),
  vote: new RateLimiterMemory({ keyPrefix: "vote", points: 60, duration: 60 }),
} as const;

export type LimitName = keyof typeof limiters;

/** Spends one point; returns seconds to wait when the limit is reached, else 0. */
export async function rateLimit(name: LimitName, key: string): Promise<number> {
  try {
    await limiters[name].consume(key);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

/** Gives back the point a request spent (e.g. a sign-in that turned out to be genuine). */
export async function refund(name: LimitName, key: string): Promise<void> {
  await limiters[name].reward(key, 1);
}
