import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { setVote } from "@/lib/comments/set-vote";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { backTo, discussionChanged, json, NOTICE_BUSY, oneButton } from "@/lib/http/comment-forms";
import { rateLimit } from "@/lib/http/rate-limit";
import { ForbiddenError } from "@/lib/policy";
import { voteSchema } from "@/lib/validation/comment";
import { idParam } from "@/lib/validation/page-params";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("vote", vote);

/** Upvote, or take the upvote back (vote=up|none: the state asked for, so a repeat cannot flip it). */
async function vote(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const commentId = idParam((await params).id);
  if (commentId === undefined) return new Response("Comment not found", { status: 404 });
  const pre = await oneButton(request, commentId, "vote");
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  const parsed = voteSchema.safeParse({ commentId, vote: form.get("vote") });
  if (!parsed.success) {
    return pre.json ? json(400, { ok: false, message: "Unknown vote." }) : backTo(returnTo, commentId);
  }
  const { vote } = parsed.data;
  const wait = await rateLimit("vote", user.id);
  if (wait) {
    log.warn({ event: "vote.rate-limited", userId: user.id }, "vote rate limited");
    const message = "You are voting too fast. Please wait a minute and try again.";
    return pre.json ? json(429, { ok: false, message }) : backTo(returnTo, commentId, "slow-down");
  }
  try {
    const r = await setVote(user, commentId, vote === "up");
    log.info({ event: "vote.set", userId: user.id, commentId, ...r }, "vote set");
    discussionChanged(r.discussionId, false);
    return pre.json ? json(200, { ok: true, voted: r.voted, score: r.score }) : backTo(returnTo, commentId);
  } catch (e) {
    if (asServiceError(e) instanceof ServiceUnavailableError) {
      log.warn({ event: "vote.trouble", userId: user.id, commentId, error: String(e) }, "vote not saved");
      return pre.json ? json(503, { ok: false, message: NOTICE_BUSY }) : backTo(returnTo, commentId, "busy");
    }
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "vote.refused", userId: user.id, error: e.message }, "vote refused");
    // Not found: gone, or in a discussion this user may not read (a draft's).
    const [status, message] =
      e instanceof NotFoundError ? [404, "This comment is not available."] : [403, "You cannot vote on this comment."];
    return pre.json ? json(status, { ok: false, message }) : backTo(returnTo, commentId);
  }
}
