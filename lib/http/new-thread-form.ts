import "server-only";
import { getArticle } from "@/lib/articles/get-article";
import { listForumCategories } from "@/lib/forum/list-forum-categories";
import { html } from "@/lib/html/html";
import { can } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import { THREAD_TITLE_MAX } from "@/lib/validation/forum";
import { newThreadPage, type NewThreadEcho } from "@/lib/views/new-thread";
import { htmlResponse, userDocument } from "./serve-page";

/** The new-thread form is one person's draft: never kept by a cache. */
const FORM_CACHE = "private, no-store";

/**
 * `/forum/new` for this user: the form (with what they typed, and why it did not save), or, for
 * a reader, who starts threads here. Throws on database trouble (the route answers it).
 */
export async function newThreadResponse(user: CurrentUser, echo: NewThreadEcho, status: number): Promise<Response> {
  if (!can(user, "thread:create", undefined)) {
    const main = html`<h1>New thread</h1>
      <p>
        Only analysts, moderators and admins start threads in the forum. You can reply in any thread:
        <a href="/forum">browse the forum</a>.
      </p>`;
    return htmlResponse(await userDocument({ title: "New thread", main }, user, "/forum/new"), 403, FORM_CACHE);
  }
  const [categories, article] = await Promise.all([
    listForumCategories(),
    echo.values.article ? getArticle(echo.values.article) : null,
  ]);
  // "Discuss in the forum": a title and a link back to start from.
  if (article && echo.values.title === undefined) {
    echo = {
      ...echo,
      values: {
        ...echo.values,
        title: `Discussion: ${article.title}`.slice(0, THREAD_TITLE_MAX),
        body: echo.values.body ?? `About [“${article.title}”](/articles/${article.slug}):\n\n`,
      },
    };
  }
  const body = newThreadPage({
    categories,
    article: article ? { slug: article.slug, title: article.title } : undefined,
    echo,
    requestKey: crypto.randomUUID(),
  });
  return htmlResponse(await userDocument(body, user, "/forum/new"), status, FORM_CACHE);
}
