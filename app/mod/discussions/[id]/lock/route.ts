import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { discussionChanged, done, json } from "@/lib/http/comment-forms";
import { troubleResponse } from "@/lib/http/serve-page";
import { refusedPage, staffPost } from "@/lib/http/staff-pages";
import { setDiscussionLock } from "@/lib/moderation/lock-discussion";
import { ForbiddenError } from "@/lib/policy";
import { idParam } from "@/lib/validation/page-params";
import { TAGS } from "@/lib/views/cached-pages";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("discussion lock", lock);

/** "Lock" (state=locked) or "Unlock" (state=open) a discussion, from its page (staff). */
async function lock(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const discussionId = idParam((await params).id);
  if (discussionId === undefined) return new Response("Discussion not found", { status: 404 });
  const pre = await staffPost(request, "/");
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  const locked = form.get("state") === "locked";
  try {
    await setDiscussionLock(user, { discussionId, locked });
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "discussion lock");
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "discussion.lock-refused", userId: user.id, discussionId, locked }, "lock refused");
    if (pre.json)
      return json(e instanceof ForbiddenError ? 403 : 404, {
        ok: false,
        message: "That was not done: it may have been done already.",
      });
    return refusedPage(user, e, e instanceof ForbiddenError ? 403 : 404, returnTo);
  }
  log.info({ event: "discussion.lock", userId: user.id, discussionId, locked }, locked ? "locked" : "unlocked");
  discussionChanged(discussionId, false);
  // A thread's row in the forum's lists says "Locked".
  revalidateTag(TAGS.forumLists, { expire: 0 });
  return done(pre.json, `${returnTo.split("#")[0]}#comments`);
}
