import "server-only";
import { cacheLife } from "next/cache";
import { getArticle } from "@/lib/articles/get-article";
import { listArticles, type ArticleCard } from "@/lib/articles/list-articles";
import { getCategory } from "@/lib/articles/list-categories";
import { getComment } from "@/lib/comments/get-comment";
import { listAncestors } from "@/lib/comments/list-ancestors";
import { loadDiscussion } from "@/lib/comments/load-discussion";
import { locateReply } from "@/lib/comments/locate-reply";
import {
  commentPageHref,
  isOwner,
  ownerHref,
  threadHref,
  type DiscussionOwner,
  type OwnerRef,
} from "@/lib/comments/owner";
import { can } from "@/lib/policy";
import type { CommentNode } from "@/lib/comments/types";
import { formatDate, plural } from "@/lib/format";
import { html, type SafeHtml, textarea, trusted } from "@/lib/html/html";
import { logger } from "@/lib/log";
import { renderStoredArticleMarkdown } from "@/lib/markdown/render-article";
import type { CurrentUser } from "@/lib/session";
import type { DiscussionParams } from "@/lib/validation/page-params";
import type { FormEcho } from "./comment-form";
import { ancestorTrail } from "./ancestor-trail";
import { discussionHtml, findNode } from "./discussion";
import { roleBadge } from "./role-badge";
import { tagList } from "./thread-list";

/** What a page builder returns; the route adds the header and the document around `main`. */
export type PageBody = {
  title?: string;
  description?: string;
  main: SafeHtml;
  /** The discussion it shows, for cache tags. */
  discussionId?: number;
  /** The cache tags (lib/views/cache-tags.ts) of anything else it shows, beyond the discussion and its owner. */
  tags?: string[];
  /** The page's own path (the header's sign-in link returns there). */
  path?: string;
  /** 404: a page that says what is not there (a comment this reader may not see). Else 200. */
  status?: 404;
  /** Not this page but another (a reply link to a comment this page does not show): 303 there. */
  redirect?: string;
};

export type DiscussionPageInput = { query: DiscussionParams; user: CurrentUser | null; echo?: FormEcho };

/** `<section id="comments">`: the enhancer reads where it is, and what it is about (for quotes), off it. */
export function discussionSection(heading: SafeHtml, body: SafeHtml, owner: DiscussionOwner, pageHref: string) {
  return html`<section
    id="comments"
    class="comments-area"
    aria-labelledby="comments-title"
    data-page-href="${pageHref}"
    data-article-href="${ownerHref(owner)}"
    data-article-title="${owner.title}"
  >
    ${heading}${body}
  </section>`;
}

/**
 * An article's body as HTML, rendered once per text (the text is the cache key): signed-in
 * pages and a discussion's cache misses do not render the same markdown again. A stored body
 * that cannot be rendered is a notice in its place and one log line, not a page that fails.
 */
async function articleBodyHtml(markdown: string, slug: string): Promise<string> {
  "use cache";
  cacheLife("max");
  return renderStoredArticleMarkdown(markdown, () =>
    logger.error({ event: "article.body-unrenderable", slug }, "article body nested too deeply to render"),
  );
}

/** A page of comments, and the edit form's source when `?editcomment=` (or an edit that did not save) asks for one. */
function loadFor({ query, user, echo }: DiscussionPageInput, discussionId: number, parentId: number | null) {
  const editcomment = echo?.target.kind === "edit" ? echo.target.commentId : query.editcomment;
  return loadDiscussion({ discussionId, parentId, query: { ...query, editcomment }, user });
}

/**
 * `?replytocom=` naming a comment this page does not show (an old or shared link, a later page,
 * a deeper reply): that comment's own page with the form under it, where the reply goes where
 * the reader meant; here the form would post a new comment without a word. Only for a signed-in
 * reader's page, and not for a form's own answer (its echo says where the text goes).
 */
async function replyElsewhere(input: DiscussionPageInput, shown: CommentNode[]): Promise<string | null> {
  const id = input.query.replytocom;
  if (id === undefined || !input.user || input.echo || findNode(shown, id)) return null;
  return locateReply(input.user, id);
}

export async function articlePage(input: DiscussionPageInput & { slug: string }): Promise<PageBody | null> {
  const { slug, user } = input;
  const article = await getArticle(slug);
  if (!article) return null;
  const basePath = `/articles/${article.slug}`;
  const owner: DiscussionOwner = { kind: "article", slug: article.slug, title: article.title };
  const discussion = await ownerDiscussion(input, owner, article.discussionId, article.discussion.lockedAt, basePath);
  if ("redirect" in discussion) return { main: html``, redirect: discussion.redirect };
  const heading = html`<h2 id="comments-title">${plural(article.discussion.commentCount, "Comment", "Comments")}</h2>`;
  const main = html`${articleMarkup(article, await articleBodyHtml(article.body, article.slug), forumThreadsAbout(article, user))}${discussionSection(heading, discussion.html, owner, basePath)}`;
  return { title: article.title, description: article.excerpt, main, discussionId: article.discussionId };
}

/**
 * The first page of an article's or thread's discussion (sort, tree, pager, "Leave a Reply"),
 * or where to go instead (replyElsewhere).
 */
export async function ownerDiscussion(
  input: DiscussionPageInput,
  owner: DiscussionOwner,
  discussionId: number,
  lockedAt: Date | null,
  basePath: string,
): Promise<{ html: SafeHtml } | { redirect: string }> {
  const { page, editing } = await loadFor(input, discussionId, null);
  const redirect = await replyElsewhere(input, page.comments);
  if (redirect) return { redirect };
  const { query, user, echo } = input;
  return { html: discussionHtml({ discussionId, page, basePath, query, owner, user, editing, echo, lockedAt }) };
}

/**
 * An article as readers see it: category, title, date and author, the Highlights box, the body
 * (`bodyHtml`, rendered by renderArticleMarkdown), tags. The newsroom's preview uses it too.
 */
export function articleMarkup(
  a: {
    title: string;
    publishedAt: Date;
    highlights: string[];
    tags?: string[];
    category: { slug: string; name: string };
    author: { displayName: string };
    /** The discussion below it: a jump to it from the top ("89 Comments · Leave a Reply"). */
    discussion?: { commentCount: number; lockedAt: Date | null };
  },
  bodyHtml: string,
  after: SafeHtml | "" = "",
): SafeHtml {
  const d = a.discussion;
  const reply = d?.lockedAt ? "" : html` · <a href="#respond">Leave a Reply</a>`;
  const talk = d ? html` · <a href="#comments">${plural(d.commentCount, "Comment", "Comments")}</a>${reply}` : "";
  return html`<article class="post">
    <header class="post__header">
      <p class="post__category"><a href="/category/${a.category.slug}">${a.category.name}</a></p>
      <h1>${a.title}</h1>
      <p class="post__meta">
        <time datetime="${a.publishedAt.toISOString()}">${formatDate(a.publishedAt)}</time> · by
        ${a.author.displayName}${talk}
      </p>
    </header>
    <section class="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title">Highlights</h2>
      <ul>
        ${a.highlights.map((h) => html`<li>${h}</li>`)}
      </ul>
    </section>
    <div class="post__body">${trusted(bodyHtml)}</div>
    ${a.tags?.length ? tagList(a.tags) : ""}${after}
  </article>`;
}

/**
 * The forum threads started from an article ("Discuss in the forum"), and, for those who may
 * start one, the way to.
 */
function forumThreadsAbout(
  article: { slug: string; threads: { id: number; slug: string; title: string }[] },
  user: CurrentUser | null,
): SafeHtml {
  const start =
    user && can(user, "thread:create", undefined)
      ? html`<p><a class="button-link" href="/forum/new?article=${article.slug}">Discuss in the forum</a></p>`
      : "";
  if (!article.threads.length && !start) return html``;
  const list = article.threads.length
    ? html`<ul>
        ${article.threads.map((t) => html`<li><a href="${threadHref(t)}">${t.title}</a></li>`)}
      </ul>`
    : "";
  return html`<aside class="forum-threads" aria-labelledby="forum-threads-title">
    <h2 id="forum-threads-title">Forum threads about this article</h2>
    ${list || html`<p class="empty">No forum threads about this article yet.</p>`}${start}
  </aside>`;
}

/**
 * A comment with its ancestors above it and its replies below, on a page of its own:
 * permalinks, "Continue this thread" and "more replies" all land here, for an article's
 * comments and a forum thread's replies alike.
 */
export async function commentPage(
  input: DiscussionPageInput & { owner: OwnerRef; id: number },
): Promise<PageBody | null> {
  const { id, query, user, echo } = input;
  const found = await getComment(id, user?.id ?? null);
  if (!found || !isOwner(found.owner, input.owner)) return null;
  // A held post's page is its author's and staff's; a draft's discussion, its author's and admins'.
  // Tagged with the discussion like the page (an approval or a publication makes it the page).
  if (!can(user, "comment:read", { ...found.row, ...found.access }))
    return { ...commentNotFoundBody(), status: 404, discussionId: found.discussionId };
  const { row, owner, discussionId, path, lockedAt } = found;
  const [{ page, editing }, ancestors] = await Promise.all([loadFor(input, discussionId, row.id), listAncestors(path)]);
  const redirect = row.id === query.replytocom ? null : await replyElsewhere(input, page.comments);
  if (redirect) return { main: html``, redirect };
  const articleHref = ownerHref(owner);
  const basePath = commentPageHref(owner, row.id);
  const topAncestor = path[0]!;
  const root: CommentNode = { ...row, level: -1, children: [] };

  const discussion = discussionHtml({
    discussionId,
    page,
    basePath,
    query,
    owner,
    user,
    editing,
    root,
    focusId: row.id,
    echo,
    lockedAt,
  });
  const start =
    ancestors.omitted > 0
      ? html`<li>
          <a href="${commentPageHref(owner, topAncestor)}"
            >Start of this thread (${plural(ancestors.omitted, "earlier comment", "earlier comments")} above)</a
          >
        </li>`
      : "";
  const name = row.status === "VISIBLE" ? row.authorName : "[deleted]";
  const heading = html`<h1 id="comments-title">
    Thread: ${name}’s comment and ${plural(row.descendantCount, "reply", "replies")}
  </h1>`;
  const main = html`<nav aria-label="Thread" class="thread-nav">
      <ul>
        <li><a href="${articleHref}#comments">View the whole discussion</a> of “${owner.title}”</li>
        ${start}
      </ul>
    </nav>
    ${discussionSection(heading, html`${ancestorTrail(owner, ancestors.rows, ancestors.omitted)}${discussion}`, owner, basePath)}`;
  return { title: `Thread on ${owner.title}`, main, discussionId, path: basePath };
}

/** A story in a list: its section, headline, date, author (with their role) and comment count. */
function articleCard(a: ArticleCard, heading: "h2" | "h3" = "h2", lead = false): SafeHtml {
  const title = html`<a href="/articles/${a.slug}">${a.title}</a>`;
  return html`<article class="card${lead ? " card--lead" : ""}">
    <p class="card__meta card__section"><a href="/category/${a.category.slug}">${a.category.name}</a></p>
    ${heading === "h2" ? html`<h2 class="card__title">${title}</h2>` : html`<h3 class="card__title">${title}</h3>`}
    <p class="card__meta">
      <time datetime="${a.publishedAt.toISOString()}">${formatDate(a.publishedAt)}</time> · by
      <a href="/users/${a.author.id}">${a.author.displayName}</a>${roleBadge(a.author.role)} ·
      <a href="/articles/${a.slug}#comments">${plural(a.discussion.commentCount, "Comment", "Comments")}</a>
    </p>
    <p class="card__excerpt">${a.excerpt}</p>
  </article>`;
}

function cardList(articles: ArticleCard[], empty: string): SafeHtml {
  return articles.length
    ? html`<div class="card-list">${articles.map((a) => articleCard(a))}</div>`
    : html`<p class="empty">${empty}</p>`;
}

/** The front page: the latest story leads, larger, and the others follow under "More stories". */
export async function homePage(): Promise<PageBody> {
  const [lead, ...rest] = await listArticles();
  const more = rest.length
    ? html`<section aria-labelledby="more-stories">
        <h2 id="more-stories" class="section-title">More stories</h2>
        <div class="card-list card-list--grid">${rest.map((a) => articleCard(a, "h3"))}</div>
      </section>`
    : "";
  return {
    main: html`<h1 class="front-title">Latest from the critical-minerals desk</h1>
      ${lead ? articleCard(lead, "h2", true) : html`<p class="empty">No articles yet.</p>`}${more}`,
  };
}

export async function categoryPage(slug: string): Promise<PageBody | null> {
  const [category, articles] = await Promise.all([getCategory(slug), listArticles({ categorySlug: slug })]);
  if (!category) return null;
  return {
    title: category.name,
    main: html`<h1>${category.name}</h1>
      ${cardList(articles, "No articles in this category yet.")}`,
  };
}

export function notFoundBody(): PageBody {
  return {
    title: "Page not found",
    main: html`<h1>Page not found</h1>
      <p>That page does not exist (or no longer does). <a href="/">Back to the latest articles</a>.</p>`,
  };
}

/**
 * A comment permalink with nothing to show this reader: it does not exist, or they may not see
 * it. One message for every case, so it tells nobody which (a held post, a draft's discussion).
 */
export function commentNotFoundBody(): PageBody {
  return {
    title: "Comment not available",
    main: html`<h1>This comment is not available</h1>
      <p>
        It may have been deleted, it may be waiting for a moderator's review, or the discussion it belongs to is not
        public. <a href="/">Back to the latest articles</a>.
      </p>`,
  };
}

/**
 * A bug on our side: a plain message, a way back, and the reference the log line carries. After
 * a form post (`write`) nobody knows how far it got, so the page does not say nothing was saved.
 */
export function errorBody(reference: string, unsaved?: string, write = unsaved !== undefined): PageBody {
  return {
    title: "Something went wrong",
    main: html`<h1>Something went wrong</h1>
      <p>
        ${write ? "What you sent may not have been saved." : "We could not show this page."} Please try again in a
        moment, or <a href="/">go back to the latest articles</a>.
      </p>
      ${keptText("Your text is kept: copy it to send it again.", unsaved)}
      <p class="field-help">Reference: ${reference}</p>`,
  };
}

/**
 * The database is busy or unreachable: a plain message inside the site, and the text of a
 * form that could not be saved, to copy.
 */
export function troubleBody(reason: "busy" | "unavailable", unsaved?: string): PageBody {
  const heading = reason === "busy" ? "The site is very busy right now" : "We can't reach the discussion right now";
  return {
    title: "Temporarily unavailable",
    main: html`<section class="service-trouble" aria-labelledby="trouble-title">
      <h1 id="trouble-title">${heading}</h1>
      <p>This page could not be loaded. Please try again in a few seconds: the site recovers by itself.</p>
      ${keptText("Your comment was not posted, but your text is kept: copy it to post again.", unsaved)}
    </section>`,
  };
}

/** A form's text given back in a read-only box, when there is no form to put it back into. */
export function keptText(label: string, text: string | undefined): SafeHtml {
  if (text === undefined) return html``;
  return html`<p class="field">
    <label for="unsaved-text">${label}</label>${textarea(html`id="unsaved-text" readonly rows="7"`, text)}
  </p>`;
}
