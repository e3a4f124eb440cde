import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/policy";
import { getComment } from "./get-comment";
import { ROOTS_PER_PAGE } from "./limits";
import { listCommentPage } from "./list-comment-page";
import { commentPageHref, ownerHref } from "./owner";

function contains(nodes: { id: number; children: unknown[] }[], id: number): boolean {
  return nodes.some((n) => n.id === id || contains(n.children as typeof nodes, id));
}

/**
 * The URL where a comment can be seen: its spot on the article's or thread's paged discussion (default
 * sort) when that page shows it, otherwise its own thread page, which shows its ancestors
 * (deep, on a later page, or beyond a "more replies" fold). Null when there is none for this
 * viewer (a post held for review, a draft's discussion): the page would not show it, and
 * sending the reader there would send them round in a circle (lib/client/discussion.ts
 * follows a missing #comment-{id} to this permalink).
 */
export async function locateComment(id: number, viewer: Actor): Promise<string | null> {
  const found = await getComment(id);
  if (!found?.owner || !can(viewer, "comment:read", { ...found.row, ...found.access })) return null;
  const base = ownerHref(found.owner);
  const rootId = found.path[0]!;

  // Pages of top-level comments are aligned from the oldest, ROOTS_PER_PAGE at a time.
  const earlier = await db.comment.count({
    where: { discussionId: found.discussionId, parentId: null, id: { lt: rootId } },
  });
  const pageStart = Math.floor(earlier / ROOTS_PER_PAGE) * ROOTS_PER_PAGE;
  const after =
    pageStart === 0
      ? undefined
      : (
          await db.comment.findFirst({
            where: { discussionId: found.discussionId, parentId: null },
            orderBy: { id: "asc" },
            skip: pageStart - 1,
            select: { id: true },
          })
        )?.id;

  const page = await listCommentPage({
    discussionId: found.discussionId,
    parentId: null,
    sort: "oldest",
    cursor: after ? { id: after, score: 0 } : undefined,
  });
  if (contains(page.comments, id)) return `${base}${after ? `?after=${after}` : ""}#comment-${id}`;
  return `${commentPageHref(found.owner, id)}#comment-${id}`;
}
