import "server-only";
import { readRows } from "@/lib/db";

export type ForumCategoryRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  threadCount: number;
  /** The thread with the latest activity, and who made it (its last replier, or its author). */
  latestId: number | null;
  latestSlug: string | null;
  latestTitle: string | null;
  latestAt: Date | null;
  latestBy: string | null;
};

/** The forum's categories in their order, each with its thread count and latest activity: one query. */
export async function listForumCategories(): Promise<ForumCategoryRow[]> {
  return readRows<ForumCategoryRow>`
    SELECT c.id, c.slug, c.name, c.description,
           (SELECT count(*) FROM "Thread" x WHERE x."categoryId" = c.id)::int AS "threadCount",
           l.id AS "latestId", l.slug AS "latestSlug", l.title AS "latestTitle", l."lastActivityAt" AS "latestAt",
           u."displayName" AS "latestBy"
    FROM "ForumCategory" c
    LEFT JOIN LATERAL (
      SELECT t.id, t.slug, t.title, t."lastActivityAt", coalesce(t."lastPosterId", t."authorId") AS who
      FROM "Thread" t WHERE t."categoryId" = c.id
      ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT 1
    ) l ON true
    LEFT JOIN "User" u ON u.id = l.who
    ORDER BY c.position, c.name`;
}

export async function getForumCategory(slug: string) {
  const [row] = await readRows<{ id: string; slug: string; name: string; description: string }>`
    SELECT id, slug, name, description FROM "ForumCategory" WHERE slug = ${slug}`;
  return row ?? null;
}
