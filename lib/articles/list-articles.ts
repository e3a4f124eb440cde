import "server-only";
import { db } from "@/lib/db";

export const ARTICLES_PER_PAGE = 20;

const cardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  category: { select: { slug: true, name: true } },
  author: { select: { displayName: true } },
  discussion: { select: { commentCount: true } },
} as const;

/** Newest first, optionally one category's. */
export function listArticles({ categorySlug }: { categorySlug?: string } = {}) {
  return db.article.findMany({
    where: categorySlug ? { category: { slug: categorySlug } } : undefined,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: ARTICLES_PER_PAGE,
    select: cardSelect,
  });
}

export type ArticleCard = Awaited<ReturnType<typeof listArticles>>[number];
