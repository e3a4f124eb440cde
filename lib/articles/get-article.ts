import "server-only";
import { db } from "@/lib/db";

export function getArticle(slug: string) {
  return db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      excerpt: true,
      highlights: true,
      body: true,
      publishedAt: true,
      discussionId: true,
      category: { select: { slug: true, name: true } },
      author: { select: { displayName: true } },
      discussion: { select: { commentCount: true } },
    },
  });
}
