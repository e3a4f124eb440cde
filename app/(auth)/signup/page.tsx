import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeReturnPath } from "@/lib/validation/return-path";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="auth-page">
      <h1 id="auth-title">Create an account</h1>
      <SignUpForm callbackUrl={safeReturnPath(callbackUrl)} />
    </div>
  );
}
