import "server-only";
import { db } from "@/lib/db";
import { sqlState, violatedConstraint, withRetry } from "@/lib/db-failures";
import { authorize, ForbiddenError, type Actor } from "@/lib/policy";
import { readStanding, statusOfNewPost } from "@/lib/abuse/new-accounts";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { createCommentSchema, type CreateCommentInput } from "@/lib/validation/comment";
import { renderCommentBody } from "./render-body";
import { NotFoundError } from "./errors";

type Created = {
  id: number;
  discussionId: number;
  parentId: number | null;
  depth: number;
  path: number[];
  /** VISIBLE, or PENDING_REVIEW: a new account's first post with a link waits for a moderator. */
  status: CommentStatus;
};

/**
 * Writes a comment or a reply in one statement, so no lock outlives it: the ancestors are
 * locked in id order (root first, the order every comment write uses), the row is inserted
 * with its full materialized path, and the ancestors' and the discussion's counters move by
 * relative updates. Writers of one discussion queue only for the microseconds of that
 * statement, never across round trips.
 *
 * A new account's post obeys lib/abuse/new-accounts.ts: too many links and nothing is written
 * (TooManyLinksError); its first post with a link is written held for review, and then moves
 * no counter (the discussion counts visible comments; a reply's parent and ancestors count it
 * when a moderator approves it: lib/moderation/approve-comment.ts).
 *
 * A retried form post (same requestKey) returns the comment the first attempt wrote.
 */
export async function createComment(actor: Actor, raw: CreateCommentInput): Promise<Created> {
  // Callers other than the form (seed, tests, future APIs) get the same rules.
  const input = createCommentSchema.parse(raw);
  if (!actor) throw new ForbiddenError("comment:create");
  const author = actor;
  const bodyHtml = await renderCommentBody(input.body);

  return withRetry(async () => {
    if (input.requestKey) {
      const earlier = await findByRequestKey(author.id, input.requestKey);
      if (earlier) return earlier;
    }
    const [discussion, parent, standing] = await Promise.all([
      db.discussion.findUnique({
        where: { id: input.discussionId },
        select: { lockedAt: true, article: { select: { status: true } } },
      }),
      input.parentId
        ? db.comment.findUnique({
            where: { id: input.parentId },
            select: { id: true, discussionId: true, path: true, authorId: true, status: true, createdAt: true },
          })
        : null,
      readStanding(author),
    ]);
    // A draft's discussion is not open yet: nobody can see it to reply.
    if (!discussion || discussion.article?.status === "DRAFT") throw new NotFoundError("Discussion");
    if (input.parentId && (!parent || parent.discussionId !== input.discussionId)) {
      throw new NotFoundError("Comment to reply to");
    }
    if (parent) authorize(actor, "comment:reply", { ...parent, lockedAt: discussion.lockedAt });
    else authorize(actor, "comment:create", discussion);
    const status = statusOfNewPost(standing, bodyHtml);
    const visible = status === "VISIBLE";
    const ancestors = parent?.path ?? [];
    const parentId = parent?.id ?? null;

    try {
      const [row] = await db.$queryRaw<Created[]>`
        WITH anc AS (
          SELECT id, status FROM "Comment" WHERE id = ANY(${ancestors}::int[]) ORDER BY id FOR NO KEY UPDATE
        ), created AS (
          INSERT INTO "Comment" (id, "discussionId", "parentId", "authorId", depth, path, body, "bodyHtml", "requestKey", status)
          SELECT n.id, ${input.discussionId}, ${parentId}::int, ${author.id}, ${ancestors.length},
                 ${ancestors}::int[] || n.id, ${input.body}, ${bodyHtml}, ${input.requestKey ?? null},
                 ${status}::"CommentStatus"
          FROM (SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id) n
          -- The parent may have been removed or deleted, or the discussion locked, since they
          -- were read: then write nothing.
          WHERE (SELECT count(*) FROM anc) = ${ancestors.length}
            AND NOT EXISTS (SELECT 1 FROM "Discussion" d WHERE d.id = ${input.discussionId} AND d."lockedAt" IS NOT NULL)
            AND (${parentId}::int IS NULL OR EXISTS (SELECT 1 FROM anc WHERE id = ${parentId}::int AND status = 'VISIBLE'))
          RETURNING id, "discussionId", "parentId", depth, path, status::text AS status
        ), bumped AS (
          -- A post held for review moves no counter until it is approved.
          UPDATE "Comment" c
          SET "descendantCount" = c."descendantCount" + 1,
              "replyCount" = c."replyCount" + CASE WHEN c.id = ${parentId}::int THEN 1 ELSE 0 END
          FROM created WHERE c.id = ANY(${ancestors}::int[]) AND ${visible}::boolean
        ), counted AS (
          UPDATE "Discussion" SET "commentCount" = "commentCount" + 1
          WHERE id = ${input.discussionId} AND EXISTS (SELECT 1 FROM created) AND ${visible}::boolean
        ), bumped_thread AS (
          -- A forum thread's reply moves it to the top of its lists (its reply count is the
          -- discussion's): in this statement, so no lock outlives it.
          UPDATE "Thread" SET "lastActivityAt" = now() AT TIME ZONE 'UTC', "lastPosterId" = ${author.id}
          WHERE "discussionId" = ${input.discussionId} AND EXISTS (SELECT 1 FROM created) AND ${visible}::boolean
        )
        SELECT * FROM created`;
      if (row) return row;
    } catch (e) {
      // Two submissions of one form raced: the other one wrote the comment.
      if (sqlState(e) === "23505" && violatedConstraint(e) === "Comment_authorId_requestKey_key") {
        const earlier = await findByRequestKey(author.id, input.requestKey!);
        if (earlier) return earlier;
      }
      // The discussion, or the parent, was deleted meanwhile.
      if (sqlState(e) === "23503") throw new NotFoundError(parent ? "Comment to reply to" : "Discussion");
      throw e;
    }
    throw new ForbiddenError(parent ? "comment:reply" : "comment:create");
  });
}

function findByRequestKey(authorId: string, requestKey: string): Promise<Created | null> {
  return db.comment.findUnique({
    where: { authorId_requestKey: { authorId, requestKey } },
    select: { id: true, discussionId: true, parentId: true, depth: true, path: true, status: true },
  });
}
