"use client";

import { FormMessage } from "@/components/forms/form-messages";
import Link from "next/link";
import { useActionState } from "react";
import { signUpAction, type SignUpField } from "@/app/actions/auth";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "./field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState<SignUpField>, FormData>(signUpAction, {});
  return (
    <form action={action} className="auth-form" aria-labelledby="auth-title">
      <FormMessage message={state.message} />
      <Field
        id="displayName"
        label="Display name"
        autoComplete="nickname"
        required
        minLength={2}
        maxLength={50}
        defaultValue={state.values?.displayName ?? ""}
        error={state.fieldErrors?.displayName}
      />
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
        autoComplete="new-password"
        required
        minLength={12}
        error={state.fieldErrors?.password ?? undefined}
      />
      <p className="field-help">At least 12 characters.</p>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <p>
        <button type="submit" disabled={pending}>
          Create account
        </button>
      </p>
      <p>
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </form>
  );
}
