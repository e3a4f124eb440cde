import "server-only";
import { threadHref, type DiscussionOwner } from "@/lib/comments/owner";
import { getThread } from "@/lib/forum/get-thread";
import { getForumCategory, listForumCategories } from "@/lib/forum/list-forum-categories";
import { decodeThreadCursor, listCategoryThreads, listLatestThreads } from "@/lib/forum/list-threads";
import { plural } from "@/lib/format";
import { html, trusted, type SafeHtml } from "@/lib/html/html";
import { can } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import { TAGS } from "./cache-tags";
import { modButton } from "./mod-forms";
import { discussionSection, ownerDiscussion, type DiscussionPageInput, type PageBody } from "./pages";
import { roleBadge } from "./role-badge";
import { tagList, threadFlags, threadList, when } from "./thread-list";

/** "New thread" for those who may start one; for everyone else, who can. */
function startThread(user: CurrentUser | null, category?: string): SafeHtml {
  if (user && can(user, "thread:create", undefined)) {
    return html`<p class="forum-actions">
      <a class="button-link" href="/forum/new${category ? `?category=${category}` : ""}">New thread</a>
    </p>`;
  }
  return html`<p class="forum-note">
    Analysts start threads here;
    ${user ? "you can reply in any thread" : html`<a href="/signin?callbackUrl=/forum">sign in</a> to reply in any thread`}.
  </p>`;
}

export async function forumHomePage(user: CurrentUser | null = null): Promise<PageBody> {
  const [categories, latest] = await Promise.all([listForumCategories(), listLatestThreads()]);
  const cats = html`<ul class="forum-categories">
    ${categories.map(
      (c) =>
        html`<li class="forum-category">
          <h3><a href="/forum/${c.slug}">${c.name}</a></h3>
          <p>${c.description}</p>
          <p class="forum-category__meta">
            ${plural(c.threadCount, "thread", "threads")}${
              c.latestId !== null
                ? html` · latest:
                    <a href="${threadHref({ id: c.latestId, slug: c.latestSlug ?? "" })}">${c.latestTitle}</a> by
                    ${c.latestBy}, ${when(c.latestAt!)}`
                : ""
            }
          </p>
        </li>`,
    )}
  </ul>`;
  const manage =
    user && can(user, "forum:manage-categories", undefined)
      ? html`<p><a href="/forum/categories">Manage categories</a></p>`
      : "";
  const main = html`<h1>Forum</h1>
    ${startThread(user)}${manage}
    <section aria-labelledby="forum-categories-title">
      <h2 id="forum-categories-title">Categories</h2>
      ${cats}
    </section>
    <section aria-labelledby="latest-threads-title">
      <h2 id="latest-threads-title">Latest threads</h2>
      ${latest.length ? threadList(latest, "Latest threads", "h3") : html`<p class="empty">No threads yet.</p>`}
    </section>`;
  return { title: "Forum", main };
}

export async function forumCategoryPage(
  slug: string,
  after: string | undefined,
  user: CurrentUser | null = null,
): Promise<PageBody | null> {
  const category = await getForumCategory(slug);
  if (!category) return null;
  const cursor = decodeThreadCursor(after);
  const { pinned, threads, next } = await listCategoryThreads(category.id, cursor);
  const rows = [...pinned, ...threads];
  const latest = cursor ? html`<a href="/forum/${slug}">← Latest</a>` : html`<span></span>`;
  const older = next ? html`<a href="/forum/${slug}?after=${next}">Older threads →</a>` : "";
  const pager =
    cursor || next ? html`<nav class="comment-pager" aria-label="Thread pages">${latest}${older}</nav>` : "";
  const list = rows.length
    ? threadList(rows, `Threads in ${category.name}`, "h2")
    : html`<p class="empty">${cursor ? "No older threads." : "No threads in this category yet."}</p>`;
  const main = html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/forum">Forum</a></nav>
    <h1>${category.name}</h1>
    <p>${category.description}</p>
    ${startThread(user, slug)}${list}${pager}`;
  return { title: `${category.name} · Forum`, main };
}

/** Pin (optionally until a date) or Unpin: staff, under the opening post. */
function pinControl(thread: { id: number; pinned: boolean }, pageHref: string): SafeHtml {
  const action = `/forum/t/${thread.id}/pin`;
  if (thread.pinned) return modButton(action, "Unpin", pageHref, "Unpin this thread", { state: "unpinned" });
  return html`<form method="post" action="${action}" class="pin-form">
    <input type="hidden" name="state" value="pinned" /><input type="hidden" name="returnTo" value="${pageHref}" /><label
      for="pin-until"
      >Pinned until (optional)</label
    >
    <input type="date" id="pin-until" name="until" /> <button type="submit">Pin</button>
  </form>`;
}

/**
 * A forum thread: its opening post, then its replies on the same discussion engine as an
 * article's comments (threaded, sorted, paged, moderated).
 */
export async function forumThreadPage(input: DiscussionPageInput & { id: number }): Promise<PageBody | null> {
  const { id, user } = input;
  const thread = await getThread(id);
  if (!thread) return null;
  const basePath = threadHref(thread);
  const owner: DiscussionOwner = { kind: "thread", id: thread.id, slug: thread.slug, title: thread.title };
  const discussion = await ownerDiscussion(input, owner, thread.discussionId, thread.lockedAt, basePath);
  if ("redirect" in discussion) return { main: html``, redirect: discussion.redirect };
  const locked = thread.lockedAt !== null;
  // The article's title and address only while everyone may read it: a draft's are the draft's
  // (an embargo's new title), and its page is not public.
  const article =
    thread.articleStatus && thread.articleAuthorId
      ? { status: thread.articleStatus, authorId: thread.articleAuthorId }
      : null;
  const about =
    thread.articleSlug && article && can(null, "article:read", article)
      ? html`<p class="thread-about">
          About the article: <a href="/articles/${thread.articleSlug}">${thread.articleTitle}</a>
        </p>`
      : "";
  const edit =
    user && can(user, "thread:edit", thread)
      ? html`<p class="thread-op__actions">
          <a href="/forum/t/${thread.id}/edit">Edit</a> (for 30 minutes after posting)
        </p>`
      : "";
  const staff =
    user && can(user, "thread:pin", thread) ? html`<div class="mod-tools">${pinControl(thread, basePath)}</div>` : "";
  const op = html`<article class="thread-op" aria-labelledby="thread-title">
    <header>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href="/forum">Forum</a> › <a href="/forum/${thread.categorySlug}">${thread.categoryName}</a>
      </nav>
      <h1 id="thread-title">${threadFlags({ pinned: thread.pinned, locked })}${thread.title}</h1>
      <p class="post__meta">
        by <a href="/users/${thread.authorId}">${thread.authorName}</a>${roleBadge(thread.authorRole)} ·
        ${when(thread.createdAt)}${thread.editedAt ? html` · <a href="/forum/t/${thread.id}/history">edited</a>` : ""} ·
        ${plural(thread.viewCount, "view", "views")}
      </p>
      ${about}${tagList(thread.tags)}
    </header>
    <div class="comment__content thread-op__body">${trusted(thread.bodyHtml)}</div>
    ${edit}${staff}<img class="view-pixel" src="/forum/t/${thread.id}/seen" alt="" width="1" height="1" />
  </article>`;
  const heading = html`<h2 id="comments-title">${plural(thread.replyCount, "Reply", "Replies")}</h2>`;
  return {
    title: thread.title,
    main: html`${op}${discussionSection(heading, discussion.html, owner, basePath)}`,
    discussionId: thread.discussionId,
    path: basePath,
    // The breadcrumb names the category, and "About the article" the article's title and address.
    tags: [TAGS.forumCategory(thread.categoryId), ...(thread.articleSlug ? [TAGS.article(thread.articleSlug)] : [])],
  };
}
