import "server-only";
import { db } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { ensureReadable } from "./discussion-access";
import { NotFoundError } from "./errors";

/**
 * Upvotes a comment, or takes the upvote back. The request says which (the state the button
 * asked for), so a repeated or racing request cannot flip it back. One statement locks the
 * comment, writes or deletes the vote row (its primary key allows one per user) and moves the
 * score by exactly the rows written, so the score always equals the number of votes.
 */
export async function setVote(
  actor: Actor,
  commentId: number,
  up: boolean,
): Promise<{ voted: boolean; score: number; discussionId: number }> {
  return withRetry(async () => {
    const c = await db.comment.findUnique({
      where: { id: commentId },
      select: { authorId: true, status: true, createdAt: true, discussionId: true },
    });
    if (!c) throw new NotFoundError("Comment");
    await ensureReadable(actor, db, c.discussionId);
    authorize(actor, "comment:vote", c);
    const userId = actor!.id;

    const [r] = up
      ? await db.$queryRaw<{ score: number | null }[]>`
          WITH target AS (
            SELECT id FROM "Comment" WHERE id = ${commentId} AND status = 'VISIBLE' FOR NO KEY UPDATE
          ), changed AS (
            INSERT INTO "CommentVote" ("commentId", "userId") SELECT id, ${userId} FROM target
            ON CONFLICT DO NOTHING RETURNING 1
          ), scored AS (
            UPDATE "Comment" SET score = score + (SELECT count(*) FROM changed)::int
            WHERE id = (SELECT id FROM target) RETURNING score
          )
          SELECT (SELECT score FROM scored) AS score`
      : await db.$queryRaw<{ score: number | null }[]>`
          WITH target AS (
            SELECT id FROM "Comment" WHERE id = ${commentId} FOR NO KEY UPDATE
          ), changed AS (
            DELETE FROM "CommentVote" WHERE "commentId" = (SELECT id FROM target) AND "userId" = ${userId}
            RETURNING 1
          ), scored AS (
            UPDATE "Comment" SET score = score - (SELECT count(*) FROM changed)::int
            WHERE id = (SELECT id FROM target) RETURNING score
          )
          SELECT (SELECT score FROM scored) AS score`;
    // The comment was deleted, or removed, since it was read.
    if (r?.score == null) throw new NotFoundError("Comment");
    return { voted: up, score: r.score, discussionId: c.discussionId };
  });
}
