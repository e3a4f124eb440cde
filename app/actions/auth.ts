"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createAccount, DisplayNameTakenError, EmailTakenError } from "@/lib/accounts/create-account";
import { signUpServerSchema } from "@/lib/accounts/password-policy";
import { createSession } from "@/lib/accounts/sessions";
import { suspendedMessage, verifyCredentials } from "@/lib/accounts/verify-credentials";
import { SESSION_COOKIE, useSecureCookies } from "@/lib/auth";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/forms/form-state";
import { assertSameOrigin } from "@/lib/http/mutation";
import { rateLimit, refund } from "@/lib/http/rate-limit";
import { clientIp, requestLogger } from "@/lib/http/request-context";
import { signInSchema } from "@/lib/validation/auth";
import { safeReturnPath } from "@/lib/validation/return-path";

async function startSession(userId: string) {
  // The cookie may live as long as the session possibly can; the idle timeout is the server's
  // to enforce, since the cookie is not re-sent with a new expiry on every request.
  const { sessionToken, endsBy } = await createSession(userId);
  (await cookies()).set(SESSION_COOKIE, sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: useSecureCookies,
    path: "/",
    expires: endsBy,
  });
}

export type SignInField = "email" | "password";

export async function signInAction(_prev: FormState<SignInField>, formData: FormData): Promise<FormState<SignInField>> {
  await assertSameOrigin();
  const log = await requestLogger();
  const values = valuesOf(formData, ["email"] as const);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    log.info({ event: "sign-in.invalid-input" }, "sign-in rejected: invalid input");
    return { fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const ip = await clientIp();
  // Per address (password spraying across accounts) and per address and account (guessing one).
  const accountKey = `${ip}|${parsed.data.email}`;
  const wait = Math.max(await rateLimit("signInIp", ip), await rateLimit("signIn", accountKey));
  if (wait) {
    log.warn({ event: "sign-in.rate-limited" }, "sign-in rate limited");
    const minutes = Math.ceil(wait / 60);
    return { message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values };
  }
  const result = await verifyCredentials(parsed.data);
  if (!result.ok) {
    log.info({ event: "sign-in.failed", reason: result.reason }, "sign-in failed");
    return {
      message: result.reason === "suspended" ? suspendedMessage(result) : "The email or password is incorrect.",
      values,
    };
  }
  // Only failures count: a genuine sign-in gives its points back.
  await Promise.all([refund("signInIp", ip), refund("signIn", accountKey)]);
  await startSession(result.userId);
  log.info({ event: "sign-in.ok", userId: result.userId }, "signed in");
  redirect(safeReturnPath(parsed.data.callbackUrl));
}

export type SignUpField = "displayName" | "email" | "password";

export async function signUpAction(_prev: FormState<SignUpField>, formData: FormData): Promise<FormState<SignUpField>> {
  await assertSameOrigin();
  const log = await requestLogger();
  const values = valuesOf(formData, ["displayName", "email"] as const);
  const parsed = signUpServerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    log.info({ event: "sign-up.invalid-input" }, "sign-up rejected: invalid input");
    return { fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const wait = await rateLimit("signUp", await clientIp());
  if (wait) {
    log.warn({ event: "sign-up.rate-limited" }, "sign-up rate limited");
    return { message: `Too many accounts created from here. Try again in ${Math.ceil(wait / 60)} minutes.`, values };
  }
  try {
    const user = await createAccount(parsed.data);
    await startSession(user.id);
    log.info({ event: "sign-up.ok", userId: user.id }, "account created");
  } catch (e) {
    if (e instanceof EmailTakenError) {
      log.info({ event: "sign-up.email-taken" }, "sign-up rejected: email taken");
      return { fieldErrors: { email: e.message }, values };
    }
    if (e instanceof DisplayNameTakenError) {
      log.info({ event: "sign-up.display-name-taken" }, "sign-up rejected: display name taken");
      return { fieldErrors: { displayName: e.message }, values };
    }
    throw e;
  }
  redirect(safeReturnPath(parsed.data.callbackUrl));
}
