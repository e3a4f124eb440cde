import "server-only";
import { can, type Actor } from "@/lib/policy";
import { getComment } from "./get-comment";
import { commentPageHref } from "./owner";

/**
 * Where a reply link (`?replytocom={id}`) leads when the page it names does not show that
 * comment (an old or shared link, a later page, a deeper reply): the comment's own page, which
 * always shows it, with the reply form under it. Null when the viewer may not see the comment
 * (or there is none): the page then says the reply cannot go there.
 */
export async function locateReply(viewer: Actor, commentId: number): Promise<string | null> {
  const found = await getComment(commentId);
  if (!found?.owner || !can(viewer, "comment:read", { ...found.row, ...found.access })) return null;
  return `${commentPageHref(found.owner, commentId)}?replytocom=${commentId}#respond`;
}
