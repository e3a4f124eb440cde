import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy";

export type CurrentUser = NonNullable<Actor> & { name: string; email: string };

/** The signed-in user for this request (read once per request), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const u = session?.user as { id?: string; name?: string; email?: string; role?: Role } | undefined;
  if (!u?.id || !u.role) return null;
  // getSessionAndUser already refused suspended users.
  return { id: u.id, name: u.name ?? "", email: u.email ?? "", role: u.role, suspendedUntil: null };
});
