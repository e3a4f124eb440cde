import type { NextRequest } from "next/server";
import { deleteComment } from "@/lib/comments/delete-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { backTo, discussionChanged, done, oneButton, placeOf } from "@/lib/http/comment-forms";
import { ForbiddenError } from "@/lib/policy";
import { idParam } from "@/lib/validation/page-params";
import { formRoute } from "@/lib/http/mutation";

/**
 * The reader stays on the page they were on. If that page was the deleted comment's own (or a
 * placeholder's that went with it), it is gone: they go to the nearest comment still standing
 * above it, or to the discussion when none is.
 */
function afterDelete(returnTo: string, removedIds: number[], survivorId: number | null, commentId: number): string {
  const place = placeOf(returnTo, removedIds.length ? undefined : commentId);
  const own = /^(.*)\/comments\/(\d{1,10})(?:[?#]|$)/.exec(place);
  if (!own || !removedIds.includes(Number(own[2]))) return place;
  return survivorId !== null ? `/comments/${survivorId}` : `${own[1]}#comments`;
}

export const POST = formRoute("comment delete", remove);

/** "Delete" on the confirmation step (the author's own comment). */
async function remove(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const commentId = idParam((await params).id);
  if (commentId === undefined) return new Response("Comment not found", { status: 404 });
  const pre = await oneButton(request, commentId, "comment.delete");
  if ("done" in pre) return pre.done;
  const { user, log, returnTo } = pre;
  try {
    const { removedRows, removedIds, survivorId, discussionId } = await deleteComment(user, commentId);
    log.info({ event: "comment.deleted", userId: user.id, commentId, removedRows }, "deleted");
    discussionChanged(discussionId, true);
    return done(pre.json, afterDelete(returnTo, removedIds, survivorId, commentId));
  } catch (e) {
    if (asServiceError(e) instanceof ServiceUnavailableError) {
      log.warn({ event: "comment.delete-trouble", userId: user.id, commentId, error: String(e) }, "delete not done");
      return backTo(returnTo, commentId, "busy");
    }
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "comment.delete-refused", userId: user.id, error: e.message }, "delete refused");
    return backTo(returnTo, commentId);
  }
}
