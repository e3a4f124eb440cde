/**
 * What a discussion belongs to: an article or a forum thread. The discussion engine (lists,
 * forms, permalinks, moderation) is the same for both; only the addresses and a few words differ.
 */
export type DiscussionOwner =
  { kind: "article"; slug: string; title: string } | { kind: "thread"; id: number; slug: string; title: string };

/** How a page's address names the owner: an article's slug, or a thread's id (its slug is decoration). */
export type OwnerRef = { kind: "article"; slug: string } | { kind: "thread"; id: number };

/** The columns `ownerOf` reads: select them with LEFT JOINs on "Article" and "Thread" by discussion. */
export type OwnerColumns = {
  articleSlug: string | null;
  articleTitle: string | null;
  threadId: number | null;
  threadSlug: string | null;
  threadTitle: string | null;
};

export function ownerOf(r: OwnerColumns): DiscussionOwner | null {
  if (r.articleSlug !== null && r.articleTitle !== null)
    return { kind: "article", slug: r.articleSlug, title: r.articleTitle };
  if (r.threadId !== null && r.threadSlug !== null && r.threadTitle !== null)
    return { kind: "thread", id: r.threadId, slug: r.threadSlug, title: r.threadTitle };
  return null;
}

export function ownerHref(owner: DiscussionOwner): string {
  return owner.kind === "article" ? `/articles/${owner.slug}` : threadHref(owner);
}

export function threadHref(thread: { id: number; slug: string }): string {
  return `/forum/t/${thread.id}${thread.slug ? `-${thread.slug}` : ""}`;
}

/** A comment's own page (permalinks, "Continue this thread"), under its owner's address. */
export function commentPageHref(owner: DiscussionOwner, commentId: number): string {
  return `${ownerHref(owner)}/comments/${commentId}`;
}

export function isOwner(owner: DiscussionOwner | null, ref: OwnerRef): owner is DiscussionOwner {
  if (!owner || owner.kind !== ref.kind) return false;
  return owner.kind === "article"
    ? owner.slug === (ref as { slug: string }).slug
    : owner.id === (ref as { id: number }).id;
}

/** What a locked discussion says in place of the form. */
export function closedText(owner: DiscussionOwner): string {
  return owner.kind === "article"
    ? "Comments are closed on this article."
    : "This thread is locked: it takes no new replies.";
}
