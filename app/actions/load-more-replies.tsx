"use server";

import type { ReactNode } from "react";
import { CommentItem, listContext } from "@/components/comments/comment-list";
import { getComment } from "@/lib/comments/get-comment";
import { DISPLAY_DEPTH } from "@/lib/comments/limits";
import { listCommentPage } from "@/lib/comments/list-comment-page";
import { decodeCursor } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import { assertSameOrigin } from "@/lib/http/mutation";
import { requestLogger } from "@/lib/http/request-context";
import { getCurrentUser } from "@/lib/session";
import { moreRepliesSchema } from "@/lib/validation/comment";
import { parseDiscussionParams } from "@/lib/validation/page-params";
import { safeReturnPath } from "@/lib/validation/return-path";

type Result = { ok: true; items: ReactNode; next: string | null; count: number } | { ok: false };

function shift(n: CommentNode, by: number): CommentNode {
  return { ...n, level: n.level + by, children: n.children.map((c) => shift(c, by)) };
}

/** The next batch of replies under a comment, rendered on the server, for "{n} more replies". */
export async function loadMoreRepliesAction(raw: unknown): Promise<Result> {
  await assertSameOrigin();
  const parsed = moreRepliesSchema.safeParse(raw);
  if (!parsed.success) {
    (await requestLogger()).info({ event: "more-replies.invalid-input" }, "more replies rejected");
    return { ok: false };
  }
  const { parentId, level, after } = parsed.data;
  const pageHref = safeReturnPath(parsed.data.pageHref);
  const query = parseDiscussionParams(Object.fromEntries(new URL(pageHref, "http://x").searchParams));
  const user = await getCurrentUser();
  const parent = await getComment(parentId);
  if (!parent?.article) return { ok: false };

  const page = await listCommentPage({
    discussionId: parent.discussionId,
    parentId,
    sort: query.sort,
    cursor: decodeCursor(query.sort, after),
    viewerId: user?.id ?? null,
  });
  const ctx = listContext({ articleSlug: parent.article.slug, pageHref, sort: query.sort, user });
  const by = Math.min(level + 1, DISPLAY_DEPTH - 1);
  const items = page.comments.map((n) => <CommentItem key={n.id} node={shift(n, by)} ctx={ctx} />);
  return { ok: true, items, next: page.next, count: page.comments.length };
}
