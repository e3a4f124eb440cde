import "server-only";
import { revalidateTag } from "next/cache";
import type { UserAppearances } from "@/lib/accounts/find-user-appearances";
import { TAGS } from "@/lib/views/cache-tags";

/**
 * A user's display name or role changed: the guests' cached pages that print it go. A name
 * is printed in a few more places than the badge beside it (an article's byline, "last reply
 * by" in the forum's lists), so a role change expires only what shows the badge.
 */
export function userShownChanged(shown: UserAppearances, what: "name" | "role") {
  const { discussionIds, articleSlugs, threadIds } = shown;
  for (const id of discussionIds) revalidateTag(TAGS.discussion(id), { expire: 0 });
  for (const id of threadIds) revalidateTag(TAGS.thread(id), { expire: 0 });
  if (what === "name") for (const slug of articleSlugs) revalidateTag(TAGS.article(slug), { expire: 0 });
  // The article cards name the author with the badge; the thread rows name the starter with
  // the badge, and the last replier by name.
  if (articleSlugs.length > 0) revalidateTag(TAGS.articleLists, { expire: 0 });
  const inForumLists = what === "name" ? discussionIds.length > 0 || threadIds.length > 0 : threadIds.length > 0;
  if (inForumLists) revalidateTag(TAGS.forumLists, { expire: 0 });
}
