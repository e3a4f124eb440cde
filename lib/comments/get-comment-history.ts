import "server-only";
import { can, type Actor } from "@/lib/policy";
import { getComment } from "./get-comment";
import { listRevisions } from "./list-revisions";
import { isOwner, type OwnerRef } from "./owner";

/**
 * A visible comment's versions, when the address names it where it stands (an article's
 * comment is not found under a thread's address) and the viewer may read its discussion (a
 * draft's is its author's and admins'); null otherwise.
 */
export async function getCommentHistory(owner: OwnerRef | undefined, commentId: number | undefined, viewer: Actor) {
  if (!owner || commentId === undefined) return null;
  const [found, revisions] = await Promise.all([getComment(commentId), listRevisions(commentId)]);
  if (!found || !isOwner(found.owner, owner) || found.row.status !== "VISIBLE") return null;
  if (!can(viewer, "comment:read", { ...found.row, ...found.access })) return null;
  return { comment: { id: commentId, authorName: found.row.authorName, owner: found.owner }, revisions };
}
