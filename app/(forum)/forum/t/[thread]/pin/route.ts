import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { setThreadPin } from "@/lib/forum/pin-thread";
import { done, json } from "@/lib/http/comment-forms";
import { troubleResponse } from "@/lib/http/serve-page";
import { refusedPage, staffPost } from "@/lib/http/staff-pages";
import { ForbiddenError } from "@/lib/policy";
import { pinThreadSchema } from "@/lib/validation/forum";
import { threadParam } from "@/lib/validation/page-params";
import { TAGS } from "@/lib/views/cached-pages";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("thread pin", pin);

/** "Pin" (state=pinned, optionally until a date) or "Unpin" (state=unpinned) a thread (staff). */
async function pin(request: NextRequest, { params }: { params: Promise<{ thread: string }> }) {
  const threadId = threadParam((await params).thread);
  if (threadId === undefined) return new Response("Thread not found", { status: 404 });
  const pre = await staffPost(request, "/forum");
  if ("done" in pre) return pre.done;
  const { user, form, log, returnTo } = pre;
  const parsed = pinThreadSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "That could not be read.";
    return pre.json ? json(422, { ok: false, message }) : refusedPage(user, new Error(message), 404, returnTo);
  }
  const pinned = parsed.data.state === "pinned";
  try {
    await setThreadPin(user, { threadId, pinned, until: parsed.data.until });
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "thread pin");
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "thread.pin-refused", userId: user.id, threadId, pinned }, "pin refused");
    const status = e instanceof ForbiddenError ? 403 : 404;
    if (pre.json) return json(status, { ok: false, message: "That was not done: it may have been done already." });
    return refusedPage(user, e, status, returnTo);
  }
  log.info(
    { event: pinned ? "thread.pin" : "thread.unpin", userId: user.id, threadId },
    pinned ? "pinned" : "unpinned",
  );
  revalidateTag(TAGS.thread(threadId), { expire: 0 });
  revalidateTag(TAGS.forumLists, { expire: 0 });
  return done(pre.json, returnTo);
}
