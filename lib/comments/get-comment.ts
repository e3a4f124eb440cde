import "server-only";
import { db } from "@/lib/db";
import type { CommentRow } from "./types";

/** One comment as the discussion renders it, with where it lives and its markdown source. */
export async function getComment(id: number, viewerId: string | null = null) {
  const c = await db.comment.findUnique({
    where: { id },
    select: {
      id: true,
      parentId: true,
      depth: true,
      path: true,
      authorId: true,
      body: true,
      bodyHtml: true,
      status: true,
      score: true,
      replyCount: true,
      descendantCount: true,
      createdAt: true,
      editedAt: true,
      discussionId: true,
      author: { select: { displayName: true } },
      discussion: { select: { article: { select: { slug: true, title: true } } } },
      votes: { where: { userId: viewerId ?? "" }, select: { userId: true } },
    },
  });
  if (!c) return null;
  const { author, discussion, path, discussionId, body, votes, ...rest } = c;
  const row: CommentRow = { ...rest, authorName: author.displayName, votedByMe: votes.length > 0 };
  return { row, body, path, discussionId, article: discussion.article };
}
