import "server-only";
import { db } from "@/lib/db";
import type { CommentRow } from "./types";

/** One comment as the discussion renders it, with where it lives. */
export async function getComment(id: number) {
  const c = await db.comment.findUnique({
    where: { id },
    select: {
      id: true,
      parentId: true,
      depth: true,
      path: true,
      authorId: true,
      bodyHtml: true,
      status: true,
      replyCount: true,
      descendantCount: true,
      createdAt: true,
      editedAt: true,
      discussionId: true,
      author: { select: { displayName: true } },
      discussion: { select: { article: { select: { slug: true, title: true } } } },
    },
  });
  if (!c) return null;
  const { author, discussion, path, discussionId, ...rest } = c;
  const row: CommentRow = { ...rest, authorName: author.displayName };
  return { row, path, discussionId, article: discussion.article };
}
