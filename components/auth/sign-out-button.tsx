import { signOutAction } from "@/app/actions/auth";

export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  return (
    <form action={signOutAction} className="inline-form">
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
