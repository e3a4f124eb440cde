"use client";

import { FormMessage } from "@/components/forms/form-messages";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction, type SignInField } from "@/app/actions/auth";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "./field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState<SignInField>, FormData>(signInAction, {});
  return (
    <form action={action} className="auth-form" aria-labelledby="auth-title">
      <FormMessage message={state.message} />
      <Field
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <Field
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <p>
        <button type="submit" disabled={pending}>
          Sign in
        </button>
      </p>
      <p>
        New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </form>
  );
}
