import "server-only";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/policy";
import { NotFoundError } from "./errors";

/**
 * Upvotes a comment, or takes the upvote back. Toggles on one comment take its row lock,
 * so each one sees the one before it; the vote row's primary key makes a second vote
 * impossible, and the score moves by exactly the rows inserted or deleted.
 */
export async function toggleVote(actor: Actor, commentId: number): Promise<{ voted: boolean; score: number }> {
  return db.$transaction(async (tx) => {
    const [c] = await tx.$queryRaw<{ id: number; authorId: string; status: CommentStatus; createdAt: Date }[]>`
      SELECT id, "authorId", status::text AS status, "createdAt" FROM "Comment" WHERE id = ${commentId} FOR UPDATE`;
    if (!c) throw new NotFoundError("Comment");
    authorize(actor, "comment:vote", c);
    const userId = actor!.id;

    const removed = await tx.commentVote.deleteMany({ where: { commentId, userId } });
    let voted = false;
    if (removed.count === 0) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "CommentVote" ("commentId", "userId") VALUES (${commentId}, ${userId})
        ON CONFLICT DO NOTHING`;
      voted = inserted === 1;
    }
    const delta = voted ? 1 : -removed.count;
    const updated = await tx.comment.update({
      where: { id: commentId },
      data: { score: { increment: delta } },
      select: { score: true },
    });
    return { voted, score: updated.score };
  });
}
