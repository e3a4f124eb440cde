import "server-only";
import { cache } from "react";
import { readRows } from "@/lib/db";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

type ThreadPageRow = {
  id: number;
  slug: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  createdAt: Date;
  editedAt: Date | null;
  pinned: boolean;
  pinnedUntil: Date | null;
  viewCount: number;
  discussionId: number;
  authorId: string;
  authorName: string;
  authorRole: Role;
  categoryId: string;
  categorySlug: string;
  categoryName: string;
  replyCount: number;
  lockedAt: Date | null;
  articleSlug: string | null;
  articleTitle: string | null;
  articleStatus: ArticleStatus | null;
  articleAuthorId: string | null;
};

/**
 * A thread with its opening post, author, category, discussion and article, in one query. The
 * article may be a draft now (taken back after the thread was started): its view asks
 * lib/policy.ts before naming it.
 */
export const getThread = cache(async (id: number) => {
  const [row] = await readRows<ThreadPageRow>`
    SELECT t.id, t.slug, t.title, t.body, t."bodyHtml", t.tags, t."createdAt", t."editedAt",
           (t.pinned AND (t."pinnedUntil" IS NULL OR t."pinnedUntil" > now() AT TIME ZONE 'UTC')) AS pinned,
           t."pinnedUntil", t."viewCount", t."discussionId", t."authorId",
           u."displayName" AS "authorName", u.role::text AS "authorRole",
           t."categoryId", fc.slug AS "categorySlug", fc.name AS "categoryName",
           d."commentCount" AS "replyCount", d."lockedAt", a.slug AS "articleSlug", a.title AS "articleTitle",
           a.status::text AS "articleStatus", a."authorId" AS "articleAuthorId"
    FROM "Thread" t
    JOIN "User" u ON u.id = t."authorId"
    JOIN "ForumCategory" fc ON fc.id = t."categoryId"
    JOIN "Discussion" d ON d.id = t."discussionId"
    LEFT JOIN "Article" a ON a.id = t."articleId"
    WHERE t.id = ${id}`;
  return row ?? null;
});

export type ForumThread = NonNullable<Awaited<ReturnType<typeof getThread>>>;
