import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { threadHref } from "@/lib/comments/owner";
import { renderCommentBody } from "@/lib/comments/render-body";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { editThread } from "@/lib/forum/edit-thread";
import { getThread } from "@/lib/forum/get-thread";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { seeOther } from "@/lib/http/comment-forms";
import { rateLimit } from "@/lib/http/rate-limit";
import { htmlResponse, notFoundResponse, troubleResponse, userDocument } from "@/lib/http/serve-page";
import { staffPost } from "@/lib/http/staff-pages";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { can, ForbiddenError } from "@/lib/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { editThreadSchema } from "@/lib/validation/forum";
import { threadParam } from "@/lib/validation/page-params";
import { TAGS } from "@/lib/views/cached-pages";
import { threadEditPage, type ThreadEditEcho } from "@/lib/views/thread-edit";
import { formRoute, pageRoute, typedFields } from "@/lib/http/mutation";

type Params = { params: Promise<{ thread: string }> };

function trouble(e: unknown, unsaved?: string) {
  const t = asServiceError(e);
  if (t instanceof ServiceUnavailableError) return troubleResponse(t, "thread edit", unsaved);
  throw e;
}

/** The form, for the thread's author within the edit window; anyone else gets a 404. */
async function form(
  user: CurrentUser,
  id: number,
  status: number,
  echo?: Omit<ThreadEditEcho, "title" | "body"> & Partial<ThreadEditEcho>,
) {
  const thread = await getThread(id);
  const path = `/forum/t/${id}/edit`;
  if (!thread || !can(user, "thread:edit", thread)) return notFoundResponse(user, path);
  const body = threadEditPage(thread, { title: thread.title, body: thread.body, ...echo });
  return htmlResponse(await userDocument(body, user, path), status, "private, no-store");
}

export const GET = pageRoute("thread edit form", editPage);

async function editPage(_request: NextRequest, { params }: Params) {
  const id = threadParam((await params).thread);
  try {
    const user = await getCurrentUser();
    if (id === undefined) return await notFoundResponse(user, "/forum");
    if (!user) return seeOther(`/signin?callbackUrl=/forum/t/${id}/edit`);
    return await form(user, id, 200);
  } catch (e) {
    return trouble(e);
  }
}

export const POST = formRoute("thread edit", save, typedFields({ Title: "title", Text: "body" }));

/** Save (or Write / Preview) the opening post; the use case asks the policy again. */
async function save(request: NextRequest, { params }: Params) {
  const id = threadParam((await params).thread);
  if (id === undefined) return new Response("Thread not found", { status: 404 });
  const pre = await staffPost(request, `/forum/t/${id}/edit`, "thread edit form");
  if ("done" in pre) return pre.done;
  const { user, log } = pre;
  const typed = { title: String(pre.form.get("title") ?? ""), body: String(pre.form.get("body") ?? "") };
  const intent = pre.form.get("intent");
  try {
    if (intent === "write") return await form(user, id, 200, typed);
    const parsed = editThreadSchema.safeParse(typed);
    if (!parsed.success) return await form(user, id, 422, { ...typed, errors: fieldErrorsOf(parsed.error) });
    if (intent === "preview")
      return await form(user, id, 200, { ...typed, preview: await renderCommentBody(parsed.data.body) });
    if ((await rateLimit("edit", user.id)) > 0) {
      return await form(user, id, 429, {
        ...typed,
        message: "You are editing too fast. Wait a minute; your text is kept.",
      });
    }
    const saved = await editThread(user, id, parsed.data);
    log.info({ event: "thread.edited", userId: user.id, threadId: id, changed: saved.changed }, "thread edited");
    revalidateTag(TAGS.thread(id), { expire: 0 });
    revalidateTag(TAGS.forumLists, { expire: 0 });
    // The article it is about lists it by title ("Forum threads about this article").
    if (saved.articleSlug) revalidateTag(TAGS.article(saved.articleSlug), { expire: 0 });
    return seeOther(threadHref(saved));
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "thread.edit-refused", userId: user.id, threadId: id }, "thread edit refused");
      const message =
        "This post can no longer be edited (the 30-minute window has passed). Your text is below, to copy.";
      return troubleOrNotFound(user, id, message, typed.body);
    }
    if (e instanceof MarkdownTooDeepError)
      return form(user, id, 422, { ...typed, errors: { body: e.message } }).catch((e2) => trouble(e2, typed.body));
    return trouble(e, typed.body);
  }
}

async function troubleOrNotFound(user: CurrentUser, id: number, message: string, body: string) {
  const thread = await getThread(id).catch(() => null);
  if (!thread) return notFoundResponse(user, "/forum");
  // The window closed while they wrote: the page (not the form) and their text, to copy.
  const page = threadEditPage(thread, { title: thread.title, body, message });
  return htmlResponse(await userDocument(page, user, `/forum/t/${id}/edit`), 403, "private, no-store");
}
