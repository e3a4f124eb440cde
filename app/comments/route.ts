import type { NextRequest } from "next/server";
import { createComment } from "@/lib/comments/create-comment";
import { NotFoundError, TooManyLinksError } from "@/lib/comments/errors";
import { locateComment } from "@/lib/comments/locate-comment";
import {
  discussionChanged,
  failed,
  formContext,
  validForm,
  troubleAnswer,
  done,
  type Log,
} from "@/lib/http/comment-forms";
import { ForbiddenError, type Actor } from "@/lib/policy";
import { createCommentSchema } from "@/lib/validation/comment";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("comment post", post, typedFields({ Comment: "body" }));

/** "Post Comment": a new comment or a reply (plain form post; the enhancer leaves it native). */
async function post(request: NextRequest) {
  const ctx = await formContext(request, (form) => ({
    kind: "comment",
    parentId: Number(form.get("parentId")) || undefined,
  }));
  if (ctx instanceof Response) return ctx;
  const valid = await validForm(ctx, "post", createCommentSchema, Object.fromEntries(ctx.form));
  if ("done" in valid) return valid.done;
  const { user, data } = valid;
  const { log } = ctx;
  let id: number;
  let held: boolean;
  try {
    const created = await createComment(user, data);
    id = created.id;
    held = created.status === "PENDING_REVIEW";
  } catch (e) {
    if (e instanceof TooManyLinksError) {
      log.info({ event: "comment.too-many-links", userId: user.id }, "comment refused: too many links");
      return failed(ctx, user, 422, { fieldError: e.message });
    }
    if (e instanceof ForbiddenError || e instanceof NotFoundError) {
      log.info({ event: "comment.refused", userId: user.id, error: e.message }, "comment refused");
      return failed(ctx, user, 409, {
        message: "This could not be posted: comments are closed here, or the comment you replied to is gone.",
      });
    }
    return troubleAnswer(ctx, user, e, "post");
  }
  log.info({ event: held ? "comment.held" : "comment.created", userId: user.id, commentId: id }, "comment created");
  // A post held for review changes no count; its author sees it where it stands, with a banner
  // ("Awaiting moderation"): their own page is rendered for them, never cached.
  discussionChanged(data.discussionId, !held);
  return done(ctx.json, await whereToSee(user, id, data.parentId, held, log));
}

/**
 * Where the poster lands: the comment in its context, highlighted, with "Your comment was
 * posted" beside it (a held post shows its own banner instead). A reply the discussion page
 * does not show lands on its parent's page, newest replies first, rather than on a page of its
 * own. The comment is saved by now, so if finding its place fails, its permalink will do.
 */
async function whereToSee(
  user: Actor,
  id: number,
  parentId: number | undefined,
  held: boolean,
  log: Log,
): Promise<string> {
  try {
    let place = (await locateComment(id, user)) ?? `/comments/${id}`;
    const own = new RegExp(`^(.*)/comments/${id}#comment-${id}$`).exec(place);
    if (own && parentId) place = `${own[1]}/comments/${parentId}?sort=newest#comment-${id}`;
    if (held) return place;
    const [path, hash] = place.split("#");
    return `${path}${path!.includes("?") ? "&" : "?"}notice=posted.${id}#${hash}`;
  } catch (e) {
    log.warn({ event: "comment.locate-failed", commentId: id, error: String(e) }, "saved; locating it failed");
    return `/comments/${id}`;
  }
}
