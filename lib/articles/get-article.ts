import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

// cache(): the page and its generateMetadata share one query per request.
export const getArticle = cache((slug: string) =>
  db.article.findUnique({
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
  }),
);
