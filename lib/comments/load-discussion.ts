import "server-only";
import { can } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import type { DiscussionParams } from "@/lib/validation/page-params";
import { getComment } from "./get-comment";
import { listCommentPage } from "./list-comment-page";
import { decodeCursor } from "./sort";

/** What a discussion page renders for its query: the page of comments and the edit form's text. */
export async function loadDiscussion(input: {
  discussionId: number;
  parentId: number | null;
  query: DiscussionParams;
  user: CurrentUser | null;
}) {
  const { discussionId, parentId, query, user } = input;
  const [page, editable] = await Promise.all([
    listCommentPage({
      discussionId,
      parentId,
      sort: query.sort,
      cursor: decodeCursor(query.sort, query.after),
      viewerId: user?.id ?? null,
    }),
    // Only the comment being edited needs its markdown source: one more query, only then.
    query.editcomment && user ? getComment(query.editcomment) : null,
  ]);
  const editing =
    editable && editable.discussionId === discussionId && can(user, "comment:edit", editable.row)
      ? { id: editable.row.id, body: editable.body }
      : undefined;
  return { page, editing };
}
