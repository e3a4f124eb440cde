import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Sort } from "@/lib/comments/sort";
import { listCategories } from "@/lib/articles/list-categories";
import { siteHeaderHtml } from "./site-header";
import { documentHtml } from "./document";
import type { OwnerRef } from "@/lib/comments/owner";
import { forumCategoryPage, forumHomePage, forumThreadPage } from "./forum-pages";
import { articlePage, categoryPage, commentPage, homePage, notFoundBody, troubleBody, type PageBody } from "./pages";
import { TAGS } from "./cache-tags";

// Re-exported for the writes that expire them.
export { TAGS };

/**
 * Pages as every reader who is not signed in sees them, rendered once and kept in Next's
 * cache (the "use cache" handler: in process, or Redis when REDIS_URL is set) until a write
 * to what they show expires their tags. Each takes only what names the view (never a
 * cookie or header), so one reader's page cannot be another's.
 */
export type GuestPage = { status: 200 | 404; html: string } | null;

async function guestDocument(body: PageBody, path: string): Promise<string> {
  const categories = await listCategories();
  return documentHtml({ ...body, header: siteHeaderHtml({ user: null, categories, returnTo: path }) });
}

/** Long-lived: a tag expiry, not time, is what makes these pages fresh. */
function longLived() {
  cacheLife({ stale: 60, revalidate: 3600, expire: 86400 });
}

export async function guestArticlePage(slug: string, sort: Sort, after: string | undefined): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.article(slug));
  const body = await articlePage({ slug, query: { sort, after }, user: null });
  if (!body) return null;
  cacheTag(TAGS.discussion(body.discussionId!), ...(body.tags ?? []));
  return { status: 200, html: await guestDocument(body, `/articles/${slug}`) };
}

/** A comment's own page, under an article or a forum thread. */
export async function guestCommentPage(
  owner: OwnerRef,
  id: number,
  sort: Sort,
  after: string | undefined,
): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(owner.kind === "article" ? TAGS.article(owner.slug) : TAGS.thread(owner.id));
  const body = await commentPage({ owner, id, query: { sort, after }, user: null });
  if (!body) return null;
  cacheTag(TAGS.discussion(body.discussionId!), ...(body.tags ?? []));
  return { status: body.status ?? 200, html: await guestDocument(body, body.path ?? "/") };
}

export async function guestForumThreadPage(id: number, sort: Sort, after: string | undefined): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.thread(id));
  const body = await forumThreadPage({ id, query: { sort, after }, user: null });
  if (!body) return null;
  cacheTag(TAGS.discussion(body.discussionId!), ...(body.tags ?? []));
  return { status: 200, html: await guestDocument(body, body.path!) };
}

export async function guestForumHomePage(): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.forumLists);
  return { status: 200, html: await guestDocument(await forumHomePage(), "/forum") };
}

export async function guestForumCategoryPage(slug: string, after: string | undefined): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.forumLists);
  const body = await forumCategoryPage(slug, after);
  return body ? { status: 200, html: await guestDocument(body, `/forum/${slug}`) } : null;
}

export async function guestHomePage(): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.articleLists);
  return { status: 200, html: await guestDocument(await homePage(), "/") };
}

export async function guestCategoryPage(slug: string): Promise<GuestPage> {
  "use cache";
  longLived();
  cacheTag(TAGS.articleLists, TAGS.categories);
  const body = await categoryPage(slug);
  return body ? { status: 200, html: await guestDocument(body, `/category/${slug}`) } : null;
}

export async function guestNotFoundPage(): Promise<string> {
  "use cache";
  longLived();
  cacheTag(TAGS.articleLists);
  return guestDocument(notFoundBody(), "/");
}

/** A 404 that needs no database (an address that cannot name anything). */
export function plainNotFoundPage(): string {
  return documentHtml({ ...notFoundBody(), header: siteHeaderHtml({ user: null, categories: [], returnTo: "/" }) });
}

/**
 * The page a guest gets while the database is busy or down. Short-lived on purpose: the route
 * cache that holds it is stale after a second, so the next guest's request tries the database
 * again (an expiry under 5 minutes would make it a hole Next does not cache at all).
 */
export async function guestTroublePage(reason: "busy" | "unavailable"): Promise<string> {
  "use cache";
  cacheLife({ stale: 0, revalidate: 1, expire: 300 });
  return documentHtml({
    ...troubleBody(reason),
    header: siteHeaderHtml({ user: null, categories: [], returnTo: "/" }),
  });
}
