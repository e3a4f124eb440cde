import { db } from "@/lib/db";
import { hashPassword } from "@/lib/accounts/password";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy";

/** Empties every table (test databases only; see global-setup). */
export async function resetDb() {
  await db.$executeRawUnsafe(
    `TRUNCATE "ModAction", "Report", "ThreadRevision", "Thread", "ForumCategory", "RateLimit", "CommentRevision", "Comment", "Article", "Discussion", "Category", "Session", "User" RESTART IDENTITY CASCADE`,
  );
}

let n = 0;
export async function makeUser(role: Role = "READER", extra: { suspendedUntil?: Date; password?: string } = {}) {
  n += 1;
  const user = await db.user.create({
    data: {
      email: `user${n}-${Date.now()}@test.example`,
      displayName: `User ${n}`,
      role,
      suspendedUntil: extra.suspendedUntil,
      passwordHash: extra.password ? await hashPassword(extra.password) : "not-a-hash",
    },
    select: { id: true, email: true, role: true, suspendedUntil: true, displayName: true },
  });
  return user;
}

export const asActor = (u: { id: string; role: Role; suspendedUntil: Date | null }): Actor => ({
  id: u.id,
  role: u.role,
  suspendedUntil: u.suspendedUntil,
});

export async function makeDiscussion() {
  return db.discussion.create({ data: {}, select: { id: true } });
}
