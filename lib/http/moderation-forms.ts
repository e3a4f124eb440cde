import "server-only";
import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { ForbiddenError } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import { idParam, type Notice } from "@/lib/validation/page-params";
import { NOTICE_TEXT } from "@/lib/views/comment-tree";
import { backTo, discussionChanged, done, json, NOTICE_BUSY, oneButton, placeOf } from "./comment-forms";

/** What a moderation or report step did: the discussion whose pages changed, and what to tell the reader. */
export type Outcome = { discussionId?: number; notice?: Notice["kind"] };

/**
 * Every form that acts on one comment from its page (Remove, Restore, Approve, Reject reports,
 * Report): same site, signed in, then the use case, which asks lib/policy.ts. The reader goes
 * back to the comment (a notice there when something was refused); the pages that show the
 * comment are expired so the next guest sees the change.
 */
export async function commentFormPost(
  request: NextRequest,
  params: Promise<{ id: string }>,
  action: string,
  run: (user: CurrentUser, form: FormData, commentId: number) => Promise<Outcome>,
): Promise<Response> {
  const commentId = idParam((await params).id);
  if (commentId === undefined) return new Response("Comment not found", { status: 404 });
  const pre = await oneButton(request, commentId, action);
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  try {
    const outcome = await run(user, form, commentId);
    log.info({ event: `${action}.done`, userId: user.id, commentId, notice: outcome.notice }, `${action} done`);
    if (outcome.discussionId !== undefined) discussionChanged(outcome.discussionId, true);
    return done(pre.json, placeOf(returnTo, commentId, outcome.notice));
  } catch (e) {
    if (asServiceError(e) instanceof ServiceUnavailableError) {
      log.warn({ event: `${action}.trouble`, userId: user.id, commentId, error: String(e) }, `${action} not done`);
      return pre.json ? json(503, { ok: false, message: NOTICE_BUSY }) : backTo(returnTo, commentId, "busy");
    }
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError || e instanceof ZodError)) throw e;
    log.info({ event: `${action}.refused`, userId: user.id, commentId, error: e.message }, `${action} refused`);
    if (!pre.json) return backTo(returnTo, commentId, "refused");
    const status = e instanceof ForbiddenError ? 403 : e instanceof NotFoundError ? 404 : 422;
    return json(status, { ok: false, message: NOTICE_TEXT.refused });
  }
}
