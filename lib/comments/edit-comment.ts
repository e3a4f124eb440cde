import "server-only";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { checkEdit, readStanding } from "@/lib/abuse/new-accounts";
import { renderCommentBody } from "./render-body";
import { authorize, type Actor } from "@/lib/policy";
import { editCommentSchema, type EditCommentInput } from "@/lib/validation/comment";
import { ensureReadable } from "./discussion-access";
import { NotFoundError } from "./errors";

/**
 * Replaces a comment's text (author only, within the edit window). Every version is kept
 * in CommentRevision, the original included, so anyone can see what was changed and when.
 * A new account's edit may not bring the post over its link limit (TooManyLinksError:
 * lib/abuse/new-accounts.ts).
 */
export async function editComment(actor: Actor, raw: Omit<EditCommentInput, "returnTo">) {
  const input = editCommentSchema.parse(raw);
  const [bodyHtml, standing] = await Promise.all([renderCommentBody(input.body), readStanding(actor)]);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      // Row lock: two edits of one comment are applied one after the other (NO KEY: replies
      // being written may still reference it).
      const [current] = await tx.$queryRaw<
        {
          id: number;
          discussionId: number;
          authorId: string;
          status: CommentStatus;
          createdAt: Date;
          editedAt: Date | null;
          body: string;
          bodyHtml: string;
        }[]
      >`SELECT id, "discussionId", "authorId", status::text AS status, "createdAt", "editedAt", body, "bodyHtml"
      FROM "Comment" WHERE id = ${input.commentId} FOR NO KEY UPDATE`;
      if (!current) throw new NotFoundError("Comment");
      await ensureReadable(actor, tx, current.discussionId);
      authorize(actor, "comment:edit", current);
      if (current.body === input.body) return { id: current.id, discussionId: current.discussionId, changed: false };
      checkEdit(standing, current.bodyHtml, bodyHtml);

      const now = new Date();
      if ((await tx.commentRevision.count({ where: { commentId: current.id } })) === 0) {
        await tx.commentRevision.create({
          data: { commentId: current.id, body: current.body, editorId: current.authorId, createdAt: current.createdAt },
        });
      }
      await tx.commentRevision.create({
        data: { commentId: current.id, body: input.body, editorId: actor!.id, createdAt: now },
      });
      await tx.comment.update({ where: { id: current.id }, data: { body: input.body, bodyHtml, editedAt: now } });
      return { id: current.id, discussionId: current.discussionId, changed: true };
    }),
  );
}
