import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/comments/errors";
import { renderCommentBody } from "@/lib/comments/render-body";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { createThread } from "@/lib/forum/create-thread";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { seeOther } from "@/lib/http/comment-forms";
import { newThreadResponse } from "@/lib/http/new-thread-form";
import { rateLimit } from "@/lib/http/rate-limit";
import { troubleResponse } from "@/lib/http/serve-page";
import { staffPost } from "@/lib/http/staff-pages";
import { threadHref } from "@/lib/comments/owner";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { ForbiddenError } from "@/lib/policy";
import { getCurrentUser } from "@/lib/session";
import { createThreadSchema, type CreateThreadInput } from "@/lib/validation/forum";
import { TAGS } from "@/lib/views/cached-pages";
import type { NewThreadEcho } from "@/lib/views/new-thread";
import { formRoute, pageRoute, typedFields } from "@/lib/http/mutation";

const FIELDS = ["title", "category", "body", "tags", "article"] as const;

function trouble(e: unknown, where: string, unsaved?: string) {
  const t = asServiceError(e);
  if (t instanceof ServiceUnavailableError) return troubleResponse(t, where, unsaved);
  throw e;
}

export const GET = pageRoute("new thread form", showNewThreadForm);

/** The form: `?category=` preselects one; `?article=` starts a thread about that article. */
async function showNewThreadForm(request: NextRequest) {
  const sp = request.nextUrl.searchParams;
  try {
    const user = await getCurrentUser();
    if (!user) return seeOther(`/signin?callbackUrl=${encodeURIComponent(`/forum/new${request.nextUrl.search}`)}`);
    const pick = (k: string) => (/^[a-z0-9-]{1,200}$/.test(sp.get(k) ?? "") ? sp.get(k)! : undefined);
    return await newThreadResponse(user, { values: { category: pick("category"), article: pick("article") } }, 200);
  } catch (e) {
    return trouble(e, "new thread form");
  }
}

export const POST = formRoute("new thread", start, typedFields({ Title: "title", Tags: "tags", Text: "body" }));

/** "Start thread" (and the form's Write / Preview): analysts and staff; the use case asks the policy again. */
async function start(request: NextRequest) {
  const pre = await staffPost(request, "/forum/new", "new thread form");
  if ("done" in pre) return pre.done;
  const { user, form, log } = pre;
  const values: NewThreadEcho["values"] = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    if (typeof v === "string") values[f] = v;
  }
  const again = (status: number, extra: Omit<NewThreadEcho, "values">) =>
    newThreadResponse(user, { values, ...extra }, status);
  try {
    const intent = form.get("intent");
    if (intent === "write") return await again(200, {});
    const raw = { ...values, tags: values.tags ?? "", requestKey: String(form.get("requestKey") ?? "") };
    const parsed = createThreadSchema.safeParse(raw);
    if (intent === "preview") {
      const body = createThreadSchema.shape.body.safeParse(values.body ?? "");
      if (!body.success) return await again(422, { errors: { body: body.error.issues[0]?.message } });
      return await again(200, { preview: await renderCommentBody(body.data) });
    }
    if (!parsed.success) {
      log.info({ event: "thread.invalid-input", userId: user.id }, "new thread rejected: invalid input");
      return await again(422, {
        errors: fieldErrorsOf(parsed.error),
        message: "The thread was not started: see below.",
      });
    }
    const wait = await rateLimit("thread", user.id);
    if (wait > 0) {
      return await again(429, {
        message: `You have started as many threads as you can for now. Please try again in ${Math.ceil(wait / 60)} minutes; your text is kept.`,
      });
    }
    // The use case parses the form's fields itself (as every caller's), with the same schema.
    const thread = await createThread(user, raw as CreateThreadInput);
    log.info({ event: "thread.created", userId: user.id, threadId: thread.id }, "thread started");
    revalidateTag(TAGS.forumLists, { expire: 0 });
    if (thread.articleSlug) revalidateTag(TAGS.article(thread.articleSlug), { expire: 0 });
    return seeOther(threadHref(thread));
  } catch (e) {
    if (e instanceof ForbiddenError) {
      log.info({ event: "thread.refused", userId: user.id }, "new thread refused by policy");
      return newThreadResponse(user, { values }, 403).catch((e2) => trouble(e2, "new thread form", values.body));
    }
    if (e instanceof NotFoundError) {
      const field = e.message.startsWith("Category") ? "category" : "article";
      return again(422, { errors: { [field]: `That ${field} does not exist (any more).` } }).catch((e2) =>
        trouble(e2, "new thread form", values.body),
      );
    }
    if (e instanceof MarkdownTooDeepError) {
      return again(422, { errors: { body: e.message } }).catch((e2) => trouble(e2, "new thread form", values.body));
    }
    return trouble(e, "new thread", values.body);
  }
}
