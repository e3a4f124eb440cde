import "server-only";
import { db } from "@/lib/db";

/** An article as the newsroom's editor shows it, draft or published (the route asks the policy). */
export function getArticleForEdit(id: string) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      excerpt: true,
      highlights: true,
      body: true,
      tags: true,
      status: true,
      authorId: true,
      publishedAt: true,
      category: { select: { slug: true, name: true } },
      author: { select: { displayName: true } },
    },
  });
}

export type EditableArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** Every saved version, newest first: who, when, what changed (the route asks the policy). */
export function listArticleRevisions(articleId: string) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      excerpt: true,
      highlights: true,
      body: true,
      status: true,
      changed: true,
      createdAt: true,
      editor: { select: { displayName: true } },
    },
  });
}
