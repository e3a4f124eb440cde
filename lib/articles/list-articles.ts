import "server-only";
import { db } from "@/lib/db";

export const ARTICLES_PER_PAGE = 20;

const cardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  category: { select: { slug: true, name: true } },
  author: { select: { id: true, displayName: true, role: true } },
  discussion: { select: { commentCount: true } },
} as const;

/** Published articles, newest first, optionally one category's (drafts are the newsroom's). */
export function listArticles({ categorySlug }: { categorySlug?: string } = {}) {
  return db.article.findMany({
    where: { status: "PUBLISHED", ...(categorySlug ? { category: { slug: categorySlug } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: ARTICLES_PER_PAGE,
    select: cardSelect,
  });
}

export type ArticleCard = Awaited<ReturnType<typeof listArticles>>[number];
