import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { renderCommentBody } from "@/lib/comments/render-body";
import { db } from "@/lib/db";
import { sqlState, violatedConstraint, withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { slugify } from "@/lib/slug";
import { createThreadSchema, type CreateThreadInput } from "@/lib/validation/forum";

export type CreatedThread = { id: number; slug: string; discussionId: number; articleSlug: string | null };

/**
 * "New thread": the opening post and the discussion its replies go to, in one transaction.
 * Analysts and staff only (lib/policy.ts), whatever the form showed. A retried form post (same
 * requestKey) returns the thread the first attempt wrote.
 */
export async function createThread(actor: Actor, raw: CreateThreadInput): Promise<CreatedThread> {
  const input = createThreadSchema.parse(raw);
  authorize(actor, "thread:create", undefined);
  const author = actor!;
  // The opening post is markdown with mentions, rendered and sanitized as a comment is.
  const bodyHtml = await renderCommentBody(input.body);
  const select = { id: true, slug: true, discussionId: true, article: { select: { slug: true } } } as const;
  const shape = (t: { id: number; slug: string; discussionId: number; article: { slug: string } | null }) => ({
    id: t.id,
    slug: t.slug,
    discussionId: t.discussionId,
    articleSlug: t.article?.slug ?? null,
  });

  return withRetry(async () => {
    if (input.requestKey) {
      const earlier = await db.thread.findUnique({
        where: { authorId_requestKey: { authorId: author.id, requestKey: input.requestKey } },
        select,
      });
      if (earlier) return shape(earlier);
    }
    const [category, article] = await Promise.all([
      db.forumCategory.findUnique({ where: { slug: input.category! }, select: { id: true } }),
      input.article
        ? db.article.findFirst({ where: { slug: input.article, status: "PUBLISHED" }, select: { id: true } })
        : null,
    ]);
    if (!category) throw new NotFoundError("Category");
    if (input.article && !article) throw new NotFoundError("Article");
    try {
      const thread = await db.$transaction(async (tx) => {
        const discussion = await tx.discussion.create({ data: {}, select: { id: true } });
        return tx.thread.create({
          data: {
            title: input.title,
            slug: slugify(input.title),
            categoryId: category.id,
            authorId: author.id,
            discussionId: discussion.id,
            articleId: article?.id ?? null,
            body: input.body,
            bodyHtml,
            tags: input.tags,
            requestKey: input.requestKey ?? null,
          },
          select,
        });
      });
      return shape(thread);
    } catch (e) {
      // Two submissions of one form raced: the other one wrote the thread.
      if (sqlState(e) === "23505" && violatedConstraint(e)?.includes("requestKey")) {
        const earlier = await db.thread.findUnique({
          where: { authorId_requestKey: { authorId: author.id, requestKey: input.requestKey! } },
          select,
        });
        if (earlier) return shape(earlier);
      }
      throw e;
    }
  });
}
