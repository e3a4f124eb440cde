"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { NotFoundError } from "@/lib/comments/errors";
import { locateComment } from "@/lib/comments/locate-comment";
import { renderCommentBody } from "@/lib/comments/render-body";
import { setVote } from "@/lib/comments/set-vote";
import { ServiceUnavailableError } from "@/lib/db-failures";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/forms/form-state";
import { keepUnsavedText } from "@/lib/forms/unsaved-text";
import { assertSameOrigin } from "@/lib/http/mutation";
import { rateLimit } from "@/lib/http/rate-limit";
import { requestId, requestLogger } from "@/lib/http/request-context";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { ForbiddenError } from "@/lib/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import {
  commentBodyField,
  commentTargetSchema,
  createCommentSchema,
  editCommentSchema,
  voteSchema,
} from "@/lib/validation/comment";
import type { Notice } from "@/lib/validation/page-params";
import { safeReturnPath } from "@/lib/validation/return-path";

export type CommentField = "body";

/**
 * The editor's Write / Preview buttons submit the form with intent=write|preview: answer
 * with the text (and its preview, rendered exactly as saving would) and save nothing.
 */
async function editorIntent(
  formData: FormData,
  values: FormState<CommentField>["values"],
  user: CurrentUser,
): Promise<FormState<CommentField> | null> {
  const intent = formData.get("intent");
  if (intent !== "write" && intent !== "preview") return null;
  if (intent === "write") return { values };
  const wait = await rateLimit("preview", user.id);
  if (wait) return { message: `You are previewing too fast. Try again in ${wait} seconds.`, values };
  const body = commentBodyField.safeParse(formData.get("body") ?? "");
  if (!body.success) return { values, fieldErrors: { body: body.error.issues[0]?.message } };
  return { values, preview: await renderCommentBody(body.data) };
}

/**
 * The answer to a form whose work failed for a reason the user can act on: the database is
 * saturated or unreachable, or the text cannot be rendered. The typed text always comes back.
 */
async function troubleState(
  e: unknown,
  values: FormState<CommentField>["values"],
): Promise<FormState<CommentField> | null> {
  if (e instanceof MarkdownTooDeepError) return { fieldErrors: { body: e.message }, values };
  if (e instanceof ServiceUnavailableError) {
    // Without JavaScript the page is rendered again, and may itself fail: it shows the text.
    if (!(await headers()).has("next-action")) keepUnsavedText(await requestId(), values?.body ?? "");
    return {
      message:
        e.reason === "busy"
          ? "The site is busy right now and nothing was saved. Your text is still here: try again in a few seconds."
          : "We are having trouble reaching our database and nothing was saved. Your text is still here: try again in a moment.",
      values,
    };
  }
  return null;
}

/**
 * Back to the page the form was on, at the comment; always re-rendered (see below). A
 * `notice` is shown at that comment (one-button forms have no form state to carry it).
 */
function backTo(returnTo: string | undefined, commentId?: number, notice?: Notice["kind"]): never {
  let path = safeReturnPath(returnTo).split("#")[0]!;
  if (notice && commentId) path = withNotice(path, `${notice}.${commentId}`);
  // The target often differs from the current URL only by its #hash, which alone would
  // not re-render the page: refresh so the change shows.
  refresh();
  redirect(commentId ? `${path}#comment-${commentId}` : path);
}

function withNotice(path: string, notice: string): string {
  const url = new URL(path, "http://reex.invalid");
  url.searchParams.set("notice", notice);
  return url.pathname + url.search;
}

type Chain<T> =
  | { done: FormState<CommentField> }
  | {
      user: CurrentUser;
      data: T;
      log: Awaited<ReturnType<typeof requestLogger>>;
      values: FormState<CommentField>["values"];
    };

/**
 * The steps every comment form takes before its own work: Origin, Write/Preview, a
 * signed-in user, and the shared zod schema (errors go back beside the field, text kept).
 */
async function commentFormChain<T>(formData: FormData, schema: z.ZodType<T>, verb: "post" | "edit"): Promise<Chain<T>> {
  await assertSameOrigin();
  const log = await requestLogger();
  const values = valuesOf(formData, ["body"] as const);
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
    if (!user) return { done: { message: `You must be logged in to ${verb} a comment.`, values } };
    const editor = await editorIntent(formData, values, user);
    if (editor) return { done: editor };
  } catch (e) {
    const trouble = await troubleState(e, values);
    if (!trouble) throw e;
    log.warn({ event: `comment.${verb}-trouble`, error: String(e) }, `comment ${verb}: ${String(e)}`);
    return { done: trouble };
  }
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    log.info({ event: `comment.${verb}-invalid-input`, userId: user.id }, `comment ${verb} rejected: invalid input`);
    return { done: { fieldErrors: fieldErrorsOf(parsed.error), values } };
  }
  return { user, data: parsed.data, log, values };
}

export async function postCommentAction(
  _prev: FormState<CommentField>,
  formData: FormData,
): Promise<FormState<CommentField>> {
  const chain = await commentFormChain(formData, createCommentSchema, "post");
  if ("done" in chain) return chain.done;
  const { user, data, log, values } = chain;
  const wait = await rateLimit("comment", user.id);
  if (wait) {
    log.warn({ event: "comment.rate-limited", userId: user.id }, "comment rate limited");
    return { message: `You are commenting too fast. Try again in ${wait} seconds.`, values };
  }
  let id: number;
  try {
    ({ id } = await createComment(user, data));
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "comment.refused", userId: user.id, error: e.message }, "comment refused");
      return { message: "This comment can no longer be replied to.", values };
    }
    const trouble = await troubleState(e, values);
    if (!trouble) throw e;
    log.warn({ event: "comment.post-trouble", userId: user.id, error: String(e) }, `comment not saved: ${String(e)}`);
    return trouble;
  }
  log.info({ event: "comment.created", userId: user.id, commentId: id }, "comment created");
  refresh();
  redirect(await whereToSee(id, log));
}

/**
 * Where the poster lands: the comment's place in the discussion. The comment is saved by now,
 * so if finding that place fails, its permalink (which needs nothing but the id) will do.
 */
async function whereToSee(id: number, log: Awaited<ReturnType<typeof requestLogger>>): Promise<string> {
  try {
    return (await locateComment(id)) ?? `/comments/${id}`;
  } catch (e) {
    log.warn({ event: "comment.locate-failed", commentId: id, error: String(e) }, "saved; locating it failed");
    return `/comments/${id}`;
  }
}

export async function editCommentAction(
  _prev: FormState<CommentField>,
  formData: FormData,
): Promise<FormState<CommentField>> {
  const chain = await commentFormChain(formData, editCommentSchema, "edit");
  if ("done" in chain) return chain.done;
  const { user, data, log, values } = chain;
  const wait = await rateLimit("edit", user.id);
  if (wait) {
    log.warn({ event: "comment.edit-rate-limited", userId: user.id }, "edit rate limited");
    return { message: `You are editing too fast. Try again in ${wait} seconds.`, values };
  }
  try {
    await editComment(user, data);
  } catch (e) {
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "comment.edit-refused", userId: user.id, error: e.message }, "edit refused");
      return { message: "This comment can no longer be edited (the 30-minute window may have closed).", values };
    }
    const trouble = await troubleState(e, values);
    if (!trouble) throw e;
    log.warn({ event: "comment.edit-trouble", userId: user.id, error: String(e) }, `edit not saved: ${String(e)}`);
    return trouble;
  }
  log.info({ event: "comment.edited", userId: user.id, commentId: data.commentId }, "comment edited");
  backTo(data.returnTo, data.commentId);
}

/**
 * The steps of the one-button comment forms (Delete, Upvote): Origin, a signed-in user, the
 * comment id. Anything missing goes back to the page the button was on.
 */
async function commentTarget<T extends z.infer<typeof commentTargetSchema>>(
  formData: FormData,
  action: string,
  schema: z.ZodType<T>,
) {
  await assertSameOrigin();
  const log = await requestLogger();
  const parsed = schema.safeParse(Object.fromEntries(formData));
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (e) {
    if (!(e instanceof ServiceUnavailableError)) throw e;
    log.warn({ event: `${action}.trouble`, error: String(e) }, `${action}: ${String(e)}`);
    backTo(parsed.data?.returnTo, parsed.data?.commentId, "busy");
  }
  if (!user || !parsed.success) {
    log.info({ event: `${action}.rejected`, signedIn: !!user }, `${action} rejected`);
    backTo(parsed.data?.returnTo);
  }
  return { log, user, ...parsed.data };
}

export async function deleteCommentAction(formData: FormData): Promise<void> {
  const { log, user, commentId, returnTo } = await commentTarget(formData, "comment.delete", commentTargetSchema);
  try {
    const { removedRows } = await deleteComment(user, commentId);
    log.info({ event: "comment.deleted", userId: user.id, commentId, removedRows }, "deleted");
    backTo(returnTo, removedRows ? undefined : commentId);
  } catch (e) {
    if (e instanceof ServiceUnavailableError) {
      log.warn({ event: "comment.delete-trouble", userId: user.id, commentId, error: String(e) }, "delete not done");
      backTo(returnTo, commentId, "busy");
    }
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "comment.delete-refused", userId: user.id, error: e.message }, "delete refused");
    backTo(returnTo, commentId);
  }
}

export async function voteAction(formData: FormData): Promise<void> {
  const { log, user, commentId, returnTo, vote } = await commentTarget(formData, "vote", voteSchema);
  const wait = await rateLimit("vote", user.id);
  if (wait) {
    log.warn({ event: "vote.rate-limited", userId: user.id }, "vote rate limited");
    backTo(returnTo, commentId, "slow-down");
  }
  try {
    const r = await setVote(user, commentId, vote === "up");
    log.info({ event: "vote.set", userId: user.id, commentId, ...r }, "vote set");
  } catch (e) {
    if (e instanceof ServiceUnavailableError) {
      log.warn({ event: "vote.trouble", userId: user.id, commentId, error: String(e) }, "vote not saved");
      backTo(returnTo, commentId, "busy");
    }
    if (!(e instanceof ForbiddenError || e instanceof NotFoundError)) throw e;
    log.info({ event: "vote.refused", userId: user.id, error: e.message }, "vote refused");
  }
  backTo(returnTo, commentId);
}
