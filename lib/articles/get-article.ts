import "server-only";
import { cache } from "react";
import { readRows } from "@/lib/db";

type ArticleRow = {
  slug: string;
  tags: string[];
  title: string;
  excerpt: string;
  highlights: string[];
  body: string;
  publishedAt: Date;
  discussionId: number;
  categorySlug: string;
  categoryName: string;
  authorName: string;
  commentCount: number;
  lockedAt: Date | null;
  /** Forum threads started from it ("Discuss in the forum"), oldest first. */
  threads: { id: number; slug: string; title: string }[];
};

/**
 * A published article (a draft is the newsroom's alone) with its category, author, comment count and forum threads in one query (Prisma's nested
 * select would issue one per relation). cache(): the page and its metadata share it.
 */
export const getArticle = cache(async (slug: string) => {
  const [row] = await readRows<ArticleRow>`
    SELECT a.slug, a.tags, a.title, a.excerpt, a.highlights, a.body, a."publishedAt", a."discussionId",
           c.slug AS "categorySlug", c.name AS "categoryName", u."displayName" AS "authorName",
           d."commentCount", d."lockedAt",
           (SELECT coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'title', t.title) ORDER BY t.id), '[]')
            FROM "Thread" t WHERE t."articleId" = a.id) AS threads
    FROM "Article" a
    JOIN "Category" c ON c.id = a."categoryId"
    JOIN "User" u ON u.id = a."authorId"
    JOIN "Discussion" d ON d.id = a."discussionId"
    WHERE a.slug = ${slug} AND a.status = 'PUBLISHED'`;
  if (!row) return null;
  const { categorySlug, categoryName, authorName, commentCount, lockedAt, ...article } = row;
  return {
    ...article,
    category: { slug: categorySlug, name: categoryName },
    author: { displayName: authorName },
    discussion: { commentCount, lockedAt },
  };
});
