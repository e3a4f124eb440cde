import type { NextRequest } from "next/server";
import { countRepliesAfter } from "@/lib/comments/count-replies-after";
import { getComment } from "@/lib/comments/get-comment";
import { DISPLAY_DEPTH } from "@/lib/comments/limits";
import { listCommentPage } from "@/lib/comments/list-comment-page";
import { decodeCursor } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { html } from "@/lib/html/html";
import { requestLogger } from "@/lib/http/request-context";
import { can } from "@/lib/policy";
import { getCurrentUser } from "@/lib/session";
import { idParam, parseDiscussionParams } from "@/lib/validation/page-params";
import { safeReturnPath } from "@/lib/validation/return-path";
import { commentItem, listContext } from "@/lib/views/comment-tree";
import { pageRoute } from "@/lib/http/mutation";

function shift(n: CommentNode, by: number): CommentNode {
  return { ...n, level: n.level + by, children: n.children.map((c) => shift(c, by)) };
}

export const GET = pageRoute("more replies", repliesPage);

/**
 * The next batch of replies under a comment, as list items for the enhancer to append in place
 * ("{n} more replies"); without JavaScript that link goes to the replies' own page instead.
 */
async function repliesPage(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const parentId = idParam((await params).id);
  const sp = request.nextUrl.searchParams;
  const level = Number(sp.get("level"));
  if (parentId === undefined || !Number.isInteger(level) || level < 0 || level > 50) {
    return new Response("Not found", { status: 404 });
  }
  const pageHref = safeReturnPath(sp.get("returnTo"));
  const query = parseDiscussionParams(Object.fromEntries(new URL(pageHref, "http://x").searchParams));
  const afterCursor = sp.get("after") ?? undefined;
  try {
    const user = await getCurrentUser();
    const parent = await getComment(parentId);
    // A draft's discussion is its author's and admins' (lib/policy.ts), its replies too.
    if (!parent?.owner || !can(user, "discussion:read", parent.access))
      return new Response("Not found", { status: 404 });
    const page = await listCommentPage({
      discussionId: parent.discussionId,
      parentId,
      sort: query.sort,
      cursor: decodeCursor(query.sort, afterCursor),
      viewerId: user?.id ?? null,
    });
    const remaining = page.next ? await countRepliesAfter(parentId, query.sort, page.next) : 0;
    const ctx = listContext({
      owner: parent.owner,
      pageHref,
      sort: query.sort,
      user,
      locked: parent.lockedAt !== null,
    });
    const by = Math.min(level + 1, DISPLAY_DEPTH - 1);
    const body = html`${page.comments.map((n) => commentItem(shift(n, by), ctx))}`.value;
    const headers = new Headers({
      "content-type": "text/html; charset=utf-8",
      "cache-control": user ? "private, no-cache" : "public, max-age=0, s-maxage=1, stale-while-revalidate=5",
      vary: "Cookie",
      "x-remaining": String(remaining),
    });
    if (page.next) headers.set("x-next-after", page.next);
    return new Response(body, { headers });
  } catch (e) {
    const trouble = asServiceError(e);
    if (!(trouble instanceof ServiceUnavailableError)) throw e;
    (await requestLogger()).warn({ event: "more-replies.trouble", error: String(e) }, "more replies: database trouble");
    return new Response("The site is busy. Try again.", { status: 503, headers: { "retry-after": "5" } });
  }
}
