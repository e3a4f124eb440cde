import "server-only";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { withRetry } from "@/lib/db-failures";
import { authorize, type Actor } from "@/lib/policy";
import { ensureReadable } from "./discussion-access";
import { NotFoundError } from "./errors";

/**
 * The author deletes their comment. With replies, a "[deleted]" placeholder keeps its place
 * (text erased); without, the row goes, and so does any placeholder ancestor left with no
 * replies. Reply, descendant and discussion counts move in the same transaction. Returns the
 * rows removed and the nearest comment still standing (the comment itself if it stays as a
 * placeholder; null when nothing above it is left).
 *
 * Locks follow the order every comment write uses: the comment's ancestors and the comment
 * itself by ascending id (root first), the discussion row last. Replies and votes racing
 * with a delete therefore wait for each other instead of deadlocking.
 */
export async function deleteComment(actor: Actor, commentId: number) {
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const path = await pathOf(tx, commentId);
      if (!path) throw new NotFoundError("Comment");
      const locked = await lockPath(tx, path);
      const c = locked.at(-1);
      if (!c || c.id !== commentId) throw new NotFoundError("Comment");
      await ensureReadable(actor, tx, c.discussionId);
      authorize(actor, "comment:delete", c);

      // A reply held for review is not counted in replyCount, but it is a row that needs its parent.
      if (c.replyCount > 0 || (await hasChildRows(tx, c.id))) {
        await tx.comment.update({
          where: { id: c.id },
          data: { status: "DELETED_BY_AUTHOR", body: "", bodyHtml: "" },
        });
        await tx.commentRevision.deleteMany({ where: { commentId: c.id } });
        await tx.discussion.update({ where: { id: c.discussionId }, data: { commentCount: { decrement: 1 } } });
        return { id: c.id, removedRows: 0, removedIds: [], survivorId: c.id, discussionId: c.discussionId };
      }

      // Remove the comment, then each placeholder ancestor it was the last reply of.
      const byId = new Map(locked.map((r) => [r.id, r]));
      const removedIds: number[] = [];
      let target: Locked | undefined = c;
      while (target) {
        await tx.comment.delete({ where: { id: target.id } });
        removedIds.push(target.id);
        const ancestors = target.path.slice(0, -1);
        if (ancestors.length === 0) break;
        await tx.$executeRaw`
          UPDATE "Comment"
          SET "descendantCount" = "descendantCount" - 1,
              "replyCount" = "replyCount" - CASE WHEN id = ${target.parentId} THEN 1 ELSE 0 END
          WHERE id = ANY(${ancestors}::int[])`;
        const parent = byId.get(target.parentId!);
        target =
          parent &&
          parent.status === "DELETED_BY_AUTHOR" &&
          parent.replyCount === 1 &&
          !(await hasChildRows(tx, parent.id))
            ? parent
            : undefined;
      }
      await tx.discussion.update({ where: { id: c.discussionId }, data: { commentCount: { decrement: 1 } } });
      // The nearest comment still standing above it: where its reader goes back to.
      const survivorId = c.path.slice(0, -1).findLast((id) => !removedIds.includes(id)) ?? null;
      return { id: c.id, removedRows: removedIds.length, removedIds, survivorId, discussionId: c.discussionId };
    }),
  );
}

type Locked = Awaited<ReturnType<typeof lockPath>>[number];

/** Whether any comment (counted or held for review) still replies to this one. */
async function hasChildRows(tx: Tx, id: number): Promise<boolean> {
  return (await tx.comment.findFirst({ where: { parentId: id }, select: { id: true } })) !== null;
}

async function pathOf(tx: Tx, id: number) {
  const row = await tx.comment.findUnique({ where: { id }, select: { path: true } });
  return row?.path ?? null;
}

/**
 * Locks the ancestors (FOR NO KEY UPDATE: replies may still reference them) and then the
 * comment itself (FOR UPDATE: it may be deleted), in ascending id order.
 */
async function lockPath(tx: Tx, path: number[]) {
  const rows = await tx.$queryRaw<
    {
      id: number;
      discussionId: number;
      parentId: number | null;
      path: number[];
      authorId: string;
      status: CommentStatus;
      createdAt: Date;
      replyCount: number;
    }[]
  >`SELECT id, "discussionId", "parentId", path, "authorId", status::text AS status, "createdAt", "replyCount"
    FROM "Comment" WHERE id = ANY(${path.slice(0, -1)}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  const [self] = await tx.$queryRaw<typeof rows>`
    SELECT id, "discussionId", "parentId", path, "authorId", status::text AS status, "createdAt", "replyCount"
    FROM "Comment" WHERE id = ${path.at(-1)} FOR UPDATE`;
  return self ? [...rows, self] : rows;
}
