import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy";

/** The newsroom's list: an analyst's own articles, or every article for an admin; latest change first. */
export function listNewsroom(actor: NonNullable<Actor>) {
  return db.article.findMany({
    where: actor.role === "ADMIN" ? undefined : { authorId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      author: { select: { displayName: true } },
    },
  });
}

export type NewsroomRow = Awaited<ReturnType<typeof listNewsroom>>[number];
