import "server-only";
import { db } from "@/lib/db";
import { renderCommentBody } from "./render-body";
import { authorize, type Actor } from "@/lib/policy";
import { createCommentSchema, type CreateCommentInput } from "@/lib/validation/comment";
import { NotFoundError } from "./errors";

/**
 * Writes a comment or a reply. The id is taken from the sequence first so the
 * materialized path (ancestor ids + own id) is complete in the same insert; counters on
 * the parent, every ancestor and the discussion are bumped in the same transaction with
 * relative updates, so parallel replies never lose a count.
 */
export async function createComment(actor: Actor, raw: CreateCommentInput) {
  authorize(actor, "comment:create", undefined);
  // Callers other than the form (seed, tests, future APIs) get the same rules.
  const input = createCommentSchema.parse(raw);
  const author = actor!;
  const bodyHtml = await renderCommentBody(input.body);

  return db.$transaction(async (tx) => {
    const parent = input.parentId
      ? await tx.comment.findUnique({
          where: { id: input.parentId },
          select: {
            id: true,
            discussionId: true,
            depth: true,
            path: true,
            authorId: true,
            status: true,
            createdAt: true,
          },
        })
      : null;
    if (input.parentId && (!parent || parent.discussionId !== input.discussionId)) {
      throw new NotFoundError("Comment to reply to");
    }
    if (parent) authorize(actor, "comment:reply", parent);

    const discussion = await tx.discussion
      .update({
        where: { id: input.discussionId },
        data: { commentCount: { increment: 1 } },
        select: { id: true },
      })
      .catch(() => null);
    if (!discussion) throw new NotFoundError("Discussion");

    const [{ id }] = await tx.$queryRaw<[{ id: number }]>`
      SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id`;
    const comment = await tx.comment.create({
      data: {
        id,
        discussionId: input.discussionId,
        parentId: parent?.id ?? null,
        authorId: author.id,
        depth: parent ? parent.depth + 1 : 0,
        path: [...(parent?.path ?? []), id],
        body: input.body,
        bodyHtml,
      },
      select: { id: true, discussionId: true, parentId: true, depth: true, path: true, createdAt: true },
    });
    if (parent) {
      await tx.$executeRaw`
        UPDATE "Comment"
        SET "descendantCount" = "descendantCount" + 1,
            "replyCount" = "replyCount" + CASE WHEN id = ${parent.id} THEN 1 ELSE 0 END
        WHERE id = ANY(${parent.path}::int[])`;
    }
    return comment;
  });
}
