import "server-only";
import { db } from "@/lib/db";

export const PROFILE_RECENT_COMMENTS = 10;

/** A member's public page: name, role, when they joined, their latest visible comments. */
export async function getProfile(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      role: true,
      createdAt: true,
      _count: { select: { comments: { where: { status: "VISIBLE" } } } },
      comments: {
        where: { status: "VISIBLE" },
        orderBy: { id: "desc" },
        take: PROFILE_RECENT_COMMENTS,
        select: {
          id: true,
          bodyHtml: true,
          createdAt: true,
          discussion: { select: { article: { select: { slug: true, title: true } } } },
        },
      },
    },
  });
  return user;
}
