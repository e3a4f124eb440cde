import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/validation/return-path";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="auth-page">
      <h1 id="auth-title">Sign in</h1>
      <SignInForm callbackUrl={safeReturnPath(callbackUrl)} />
    </div>
  );
}
