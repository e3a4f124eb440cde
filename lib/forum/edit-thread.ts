import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { renderCommentBody } from "@/lib/comments/render-body";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { editThreadSchema, type EditThreadInput } from "@/lib/validation/forum";

/**
 * Changes a thread's title and opening post (its author, within the edit window, as for
 * comments). Every version is kept in ThreadRevision, the original included. Returns the
 * slug of the article it is about, if any: that article's page lists the thread by its title.
 */
export async function editThread(actor: Actor, threadId: number, raw: EditThreadInput) {
  const input = editThreadSchema.parse(raw);
  const bodyHtml = await renderCommentBody(input.body);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const [t] = await tx.$queryRaw<
        {
          id: number;
          authorId: string;
          createdAt: Date;
          title: string;
          body: string;
          slug: string;
          articleSlug: string | null;
        }[]
      >`SELECT t.id, t."authorId", t."createdAt", t.title, t.body, t.slug, a.slug AS "articleSlug"
        FROM "Thread" t LEFT JOIN "Article" a ON a.id = t."articleId"
        WHERE t.id = ${threadId} FOR NO KEY UPDATE OF t`;
      if (!t) throw new NotFoundError("Thread");
      authorize(actor, "thread:edit", t);
      const saved = { id: t.id, slug: t.slug, articleSlug: t.articleSlug };
      if (t.title === input.title && t.body === input.body) return { ...saved, changed: false };
      const now = new Date();
      if ((await tx.threadRevision.count({ where: { threadId: t.id } })) === 0) {
        await tx.threadRevision.create({
          data: { threadId: t.id, title: t.title, body: t.body, editorId: t.authorId, createdAt: t.createdAt },
        });
      }
      await tx.threadRevision.create({
        data: { threadId: t.id, title: input.title, body: input.body, editorId: actor!.id, createdAt: now },
      });
      // The address keeps its slug: links already shared go on working.
      await tx.thread.update({
        where: { id: t.id },
        data: { title: input.title, body: input.body, bodyHtml, editedAt: now },
      });
      return { ...saved, changed: true };
    }),
  );
}

/** Every version of a thread's opening post, newest first. */
export function listThreadRevisions(threadId: number) {
  return db.threadRevision.findMany({
    where: { threadId },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, title: true, body: true, createdAt: true, editor: { select: { displayName: true } } },
  });
}
