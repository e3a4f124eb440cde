import "server-only";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { db, type Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/policy";
import { NotFoundError } from "./errors";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The author deletes their comment. With replies, a "[deleted]" placeholder keeps its place
 * (text erased); without, the row goes, and so does any placeholder ancestor left with no
 * replies. Reply, descendant and discussion counts move in the same transaction.
 */
export async function deleteComment(actor: Actor, commentId: number) {
  return db.$transaction(async (tx) => {
    const c = await lockComment(tx, commentId);
    if (!c) throw new NotFoundError("Comment");
    authorize(actor, "comment:delete", c);

    await tx.discussion.update({ where: { id: c.discussionId }, data: { commentCount: { decrement: 1 } } });
    if (c.replyCount > 0) {
      await tx.comment.update({
        where: { id: c.id },
        data: { status: "DELETED_BY_AUTHOR", body: "", bodyHtml: "" },
      });
      await tx.commentRevision.deleteMany({ where: { commentId: c.id } });
      return { id: c.id, removedRows: 0 };
    }

    let removedRows = 0;
    let target: Locked | null = c;
    while (target) {
      await tx.comment.delete({ where: { id: target.id } });
      removedRows += 1;
      const ancestors = target.path.slice(0, -1);
      if (ancestors.length === 0) break;
      await tx.$executeRaw`
        UPDATE "Comment"
        SET "descendantCount" = "descendantCount" - 1,
            "replyCount" = "replyCount" - CASE WHEN id = ${target.parentId} THEN 1 ELSE 0 END
        WHERE id = ANY(${ancestors}::int[])`;
      const parent: Locked | null = await lockComment(tx, target.parentId!);
      target = parent && parent.status === "DELETED_BY_AUTHOR" && parent.replyCount === 0 ? parent : null;
    }
    return { id: c.id, removedRows };
  });
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockComment>>>;

async function lockComment(tx: Tx, id: number) {
  const [row] = await tx.$queryRaw<
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
    FROM "Comment" WHERE id = ${id} FOR UPDATE`;
  return row ?? null;
}
