import "server-only";
import { unstable_rethrow } from "next/navigation";
import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { renderCommentBody } from "@/lib/comments/render-body";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { commentBodyField } from "@/lib/validation/comment";
import { parseDiscussionParams, type Notice } from "@/lib/validation/page-params";
import { safeReturnPath } from "@/lib/validation/return-path";
import { TAGS } from "@/lib/views/cached-pages";
import type { FormEcho } from "@/lib/views/comment-form";
import { NOTICE_TEXT } from "@/lib/views/comment-tree";
import type { OwnerRef } from "@/lib/comments/owner";
import { forumThreadPage } from "@/lib/views/forum-pages";
import { articlePage, commentPage, keptText } from "@/lib/views/pages";
import { html } from "@/lib/html/html";
import { rememberForm } from "./mutation";
import { isSameOriginRequest } from "./origin";
import { env } from "@/lib/env";
import { readStanding } from "@/lib/abuse/new-accounts";
import { rateLimit } from "./rate-limit";
import { requestLogger } from "./request-context";
import {
  errorResponse,
  htmlResponse,
  notFoundResponse,
  PRIVATE_CACHE,
  troubleResponse,
  userDocument,
} from "./serve-page";

export type Log = Awaited<ReturnType<typeof requestLogger>>;

/** The enhancer asks for JSON; a plain form post (no JavaScript) gets pages and redirects. */
export function wantsJson(request: NextRequest): boolean {
  return request.headers.get("accept")?.includes("application/json") ?? false;
}

export function json(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** 303 to a path on this site; relative, so the reader stays on the host name they came by. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: safeReturnPath(path), "cache-control": "no-store" } });
}

/**
 * A write went through: a plain form post is redirected to where it shows (303); the enhancer
 * gets that place as JSON and shows it without reloading the page.
 */
export function done(isJson: boolean, location: string): Response {
  return isJson ? json(200, { ok: true, location: safeReturnPath(location) }) : seeOther(location);
}

/** Where the page the form was on shows the comment, with a notice there if any. */
export function placeOf(returnTo: string | undefined, commentId?: number, notice?: Notice["kind"]): string {
  const url = new URL(safeReturnPath(returnTo).split("#")[0]!, "http://reex.invalid");
  if (notice && commentId) url.searchParams.set("notice", `${notice}.${commentId}`);
  return `${url.pathname}${url.search}${commentId ? `#comment-${commentId}` : ""}`;
}

/** Back to the page the form was on, at the comment (no-JS one-button forms). */
export function backTo(returnTo: string | undefined, commentId?: number, notice?: Notice["kind"]): Response {
  return seeOther(placeOf(returnTo, commentId, notice));
}

/**
 * Every write that changes what a discussion shows expires the cached pages that show it, so
 * the next guest request renders them afresh (the writer's own page is never cached).
 */
export function discussionChanged(discussionId: number, counts: boolean) {
  revalidateTag(TAGS.discussion(discussionId), { expire: 0 });
  // Home and category pages print each article's comment count; the forum's lists each
  // thread's reply count and latest activity.
  if (counts) {
    revalidateTag(TAGS.articleLists, { expire: 0 });
    revalidateTag(TAGS.forumLists, { expire: 0 });
  }
}

/** First step of every form route: a same-site request (proxy.ts refuses others first) and its fields. */
export async function readForm(request: NextRequest): Promise<FormData | Response> {
  if (!isSameOriginRequest(request.headers, env().TRUSTED_PROXIES, env().NEXTAUTH_URL)) {
    return new Response("This request did not come from a page of this site.", { status: 403 });
  }
  try {
    const form = await request.formData();
    rememberForm(request, form); // What formRoute gives back if the route then fails.
    return form;
  } catch {
    return new Response("What you sent could not be read. Go back and send it again.", { status: 400 });
  }
}

/**
 * The page the form was on, rendered again for this reader with the form's text in it (and
 * the message, error or preview that goes with it). If even that fails, the text comes back
 * on the trouble page, to copy.
 */
export async function formPage(returnTo: string, user: CurrentUser, echo: FormEcho, status: number): Promise<Response> {
  const url = new URL(safeReturnPath(returnTo), "http://reex.invalid");
  const m = /^\/(?:articles\/([^/]+)|forum\/t\/(\d{1,10})(?:-[^/]*)?)(?:\/comments\/(\d{1,10}))?$/.exec(url.pathname);
  try {
    if (!m) return await notFoundResponse(user, url.pathname);
    const query = parseDiscussionParams(Object.fromEntries(url.searchParams));
    const owner: OwnerRef = m[1]
      ? { kind: "article", slug: decodeURIComponent(m[1]) }
      : { kind: "thread", id: Number(m[2]) };
    const input = { query, user, echo };
    const body = m[3]
      ? await commentPage({ ...input, owner, id: Number(m[3]) })
      : owner.kind === "article"
        ? await articlePage({ ...input, slug: owner.slug })
        : await forumThreadPage({ ...input, id: owner.id });
    if (!body) return await notFoundResponse(user, url.pathname);
    return htmlResponse(await userDocument(body, user, url.pathname), status, PRIVATE_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "comment form", echo.body);
    throw e;
  }
}

/** Signed out while writing (the session ended): the text, and the way back in. */
async function signedOutPage(body: string, returnTo: string): Promise<Response> {
  const signIn = `/signin?callbackUrl=${encodeURIComponent(`${safeReturnPath(returnTo)}#respond`)}`;
  const main = html`<h1>You are not signed in</h1>
    <p>
      You must be <a href="${signIn}">logged in</a> to post a comment. Your session may have ended while you were
      writing.
    </p>
    ${keptText("Your text, to copy and post after signing in:", body)}`;
  return htmlResponse(await userDocument({ title: "Not signed in", main }, null, "/"), 401, "no-store");
}

export type FormContext = {
  form: FormData;
  log: Log;
  json: boolean;
  returnTo: string;
  echo: (extra?: Partial<FormEcho>) => FormEcho;
};

export const BUSY_MESSAGE =
  "The site is busy right now and nothing was saved. Your text is still here: try again in a few seconds.";
export const UNAVAILABLE_MESSAGE =
  "We can't reach the discussion right now; your text is kept. Nothing was saved: try again in a moment.";

/** The answer to a write that failed for a reason the user can act on; the text always comes back. */
export async function failed(ctx: FormContext, user: CurrentUser, status: number, extra: Partial<FormEcho>) {
  if (ctx.json) return json(status, { ok: false, message: extra.message, fieldError: extra.fieldError });
  return formPage(ctx.returnTo, user, ctx.echo(extra), status);
}

export const ERROR_MESSAGE =
  "Something went wrong on our side and nothing was saved. Your text is still here: please try again.";

/**
 * Database trouble, text that cannot be rendered, or anything unforeseen (a bug: one error
 * line with the request id), as a form answer that gives the text back.
 */
export async function troubleAnswer(ctx: FormContext, user: CurrentUser | null, e: unknown, verb: string) {
  if (e instanceof MarkdownTooDeepError && user) return failed(ctx, user, 422, { fieldError: e.message });
  const trouble = asServiceError(e);
  if (!(trouble instanceof ServiceUnavailableError)) {
    if (!ctx.json) return errorResponse(e, `comment ${verb}`, ctx.echo().body);
    unstable_rethrow(e);
    ctx.log.error({ event: "page.error", where: `comment ${verb}`, error: String(e) }, `comment ${verb}: ${String(e)}`);
    return json(500, { ok: false, message: ERROR_MESSAGE });
  }
  ctx.log.warn({ event: `comment.${verb}-trouble`, error: String(e) }, `comment ${verb}: ${String(e)}`);
  const message = trouble.reason === "busy" ? BUSY_MESSAGE : UNAVAILABLE_MESSAGE;
  if (ctx.json) return json(503, { ok: false, message });
  if (!user) return troubleResponse(trouble, `comment ${verb}`, ctx.echo().body);
  return formPage(ctx.returnTo, user, ctx.echo({ message }), 503);
}

/**
 * The context of one comment form post: its fields, where it came from, and how to answer
 * (JSON for the enhancer, pages for a plain post).
 */
export async function formContext(
  request: NextRequest,
  targetOf: (form: FormData) => FormEcho["target"],
): Promise<FormContext | Response> {
  const form = await readForm(request);
  if (form instanceof Response) return form;
  const body = form.get("body");
  const target = targetOf(form);
  return {
    form,
    log: await requestLogger(),
    json: wantsJson(request),
    returnTo: safeReturnPath(form.get("returnTo")),
    echo: (extra) => ({ target, body: typeof body === "string" ? body : "", ...extra }),
  };
}

/**
 * The steps every comment form takes before its own work: a signed-in user, and the editor's
 * Write / Preview buttons (intent=write|preview: answer with the text, and its preview rendered
 * exactly as saving would, and save nothing).
 */
async function formUser(ctx: FormContext, verb: "post" | "edit"): Promise<{ user: CurrentUser } | { done: Response }> {
  let user: CurrentUser | null = null;
  try {
    user = await getCurrentUser();
    if (!user) {
      ctx.log.info({ event: `comment.${verb}-signed-out` }, `comment ${verb} rejected: not signed in`);
      if (ctx.json) return { done: json(401, { ok: false, message: `You must be logged in to ${verb} a comment.` }) };
      return { done: await signedOutPage(ctx.echo().body, ctx.returnTo) };
    }
    const intent = ctx.form.get("intent");
    if (intent === "write") {
      return { done: ctx.json ? json(200, { ok: true }) : await formPage(ctx.returnTo, user, ctx.echo(), 200) };
    }
    if (intent === "preview") return { done: await preview(ctx, user) };
  } catch (e) {
    return { done: await troubleAnswer(ctx, user, e, verb) };
  }
  return { user };
}

/**
 * Everything before a comment form's own write: the steps of `formUser`, the shared zod schema
 * (its error beside the field, the text kept), and the poster's rate limit.
 */
export async function validForm<T>(
  ctx: FormContext,
  verb: "post" | "edit",
  schema: z.ZodType<T>,
  fields: Record<string, unknown>,
): Promise<{ user: CurrentUser; data: T } | { done: Response }> {
  const pre = await formUser(ctx, verb);
  if ("done" in pre) return pre;
  const { user } = pre;
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    ctx.log.info(
      { event: `comment.${verb}-invalid-input`, userId: user.id },
      `comment ${verb} rejected: invalid input`,
    );
    const { body } = fieldErrorsOf<"body">(parsed.error);
    return {
      done: await failed(ctx, user, 422, body ? { fieldError: body } : { message: "This form could not be read." }),
    };
  }
  // A post spends a point of the burst limit and, when that allows it, one of the hourly limit.
  let wait = await rateLimit(verb === "post" ? "comment" : "edit", user.id);
  if (!wait && verb === "post") wait = await rateLimit("commentHourly", user.id);
  // New accounts (lib/abuse/new-accounts.ts) have a stricter hourly cap; staff need no lookup.
  if (!wait && verb === "post" && (await readStanding(user).catch(() => null))?.isNew)
    wait = await rateLimit("commentNew", user.id);
  if (wait) {
    ctx.log.warn({ event: `comment.${verb}-rate-limited`, userId: user.id }, `comment ${verb} rate limited`);
    const doing = verb === "post" ? "commenting" : "editing";
    const when = wait > 90 ? `${Math.ceil(wait / 60)} minutes` : `${wait} seconds`;
    return {
      done: await failed(ctx, user, 429, { message: `You are ${doing} too fast. Try again in ${when}.` }),
    };
  }
  return { user, data: parsed.data };
}

async function preview(ctx: FormContext, user: CurrentUser): Promise<Response> {
  const wait = await rateLimit("preview", user.id);
  if (wait) return failed(ctx, user, 429, { message: `You are previewing too fast. Try again in ${wait} seconds.` });
  const body = commentBodyField.safeParse(ctx.echo().body);
  if (!body.success) return failed(ctx, user, 422, { fieldError: body.error.issues[0]?.message });
  const markup = await renderCommentBody(body.data);
  if (ctx.json) return json(200, { ok: true, preview: markup });
  return formPage(ctx.returnTo, user, ctx.echo({ preview: markup }), 200);
}

/**
 * The steps of the one-button comment forms (Delete, Upvote): a same-site post, a signed-in
 * user. Anything missing goes back to the page the button was on; database trouble comes
 * back as a notice at the comment.
 */
export async function oneButton(
  request: NextRequest,
  commentId: number,
  action: string,
): Promise<{ done: Response } | { user: CurrentUser; form: FormData; log: Log; json: boolean; returnTo: string }> {
  const form = await readForm(request);
  if (form instanceof Response) return { done: form };
  const log = await requestLogger();
  const isJson = wantsJson(request);
  const returnTo = safeReturnPath(form.get("returnTo"));
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (e) {
    if (!(asServiceError(e) instanceof ServiceUnavailableError)) throw e;
    log.warn({ event: `${action}.trouble`, error: String(e) }, `${action}: ${String(e)}`);
    return { done: isJson ? json(503, { ok: false, message: NOTICE_BUSY }) : backTo(returnTo, commentId, "busy") };
  }
  if (!user) {
    log.info({ event: `${action}.rejected`, signedIn: false }, `${action} rejected`);
    return { done: isJson ? json(401, { ok: false, message: "Log in first." }) : backTo(returnTo, commentId) };
  }
  return { user, form, log, json: isJson, returnTo };
}

export const NOTICE_BUSY = NOTICE_TEXT.busy;
