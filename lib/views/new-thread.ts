import type { ForumCategoryRow } from "@/lib/forum/list-forum-categories";
import { attr, html, type SafeHtml } from "@/lib/html/html";
import { MAX_TAGS, THREAD_TITLE_MAX, THREAD_TITLE_MIN } from "@/lib/validation/forum";
import { formMessage, markdownField } from "./comment-form";
import type { PageBody } from "./pages";

/** What the form shows: the values as typed, and what went wrong beside each field. */
export type NewThreadEcho = {
  values: { title?: string; category?: string; body?: string; tags?: string; article?: string };
  errors?: Partial<Record<"title" | "category" | "body" | "tags" | "article", string>>;
  message?: string;
  preview?: string;
};

function fieldError(id: string, error: string | undefined): SafeHtml | "" {
  return error ? html`<span id="${id}-error" class="field-error" role="alert">${error}</span>` : "";
}

/**
 * "New thread": title, category, body (markdown with Write / Preview), tags. A plain form: it
 * works without JavaScript, and a failed or previewed post comes back with the text in it.
 */
export function newThreadPage(input: {
  categories: Pick<ForumCategoryRow, "slug" | "name">[];
  article?: { slug: string; title: string };
  echo: NewThreadEcho;
  requestKey: string;
}): PageBody {
  const { categories, article, echo, requestKey } = input;
  const v = echo.values;
  const e = echo.errors ?? {};
  const invalid = (k: keyof typeof e) => attr("aria-invalid", e[k] ? "true" : undefined);
  const about = article
    ? html`<p class="thread-about">About the article: <a href="/articles/${article.slug}">${article.title}</a></p>
        <input type="hidden" name="article" value="${article.slug}" />`
    : "";
  const main = html`<h1 id="new-thread-title">New thread</h1>
    <form method="post" action="/forum/new" class="thread-form" aria-labelledby="new-thread-title">
      ${formMessage(echo.message)}${about}
      <p class="field">
        <label for="thread-title">Title</label
        ><input
          id="thread-title"
          name="title"
          required
          minlength="${THREAD_TITLE_MIN}"
          maxlength="${THREAD_TITLE_MAX}"
          value="${v.title ?? ""}"
          ${invalid("title")}${attr("aria-describedby", e.title ? "thread-title-error" : undefined)}
        />${fieldError("thread-title", e.title)}
      </p>
      <p class="field">
        <label for="thread-category">Category</label
        ><select
          id="thread-category"
          name="category"
          required${invalid("category")}${attr("aria-describedby", e.category ? "thread-category-error" : undefined)}
        >
          <option value="">Choose…</option>
          ${categories.map(
            (c) => html`<option value="${c.slug}" ${attr("selected", c.slug === v.category)}>${c.name}</option>`,
          )}</select
        >${fieldError("thread-category", e.category)}
      </p>
      ${markdownField({ id: "thread-body", label: "Body", body: v.body ?? "", error: e.body, preview: echo.preview })}
      <p class="field">
        <label for="thread-tags">Tags (optional)</label
        ><input
          id="thread-tags"
          name="tags"
          value="${v.tags ?? ""}"
          aria-describedby="thread-tags-help${e.tags ? " thread-tags-error" : ""}"
          ${invalid("tags")}
        /><span id="thread-tags-help" class="field-help"
          >Up to ${MAX_TAGS}, separated by commas, e.g. ndpr, magnets.</span
        >${fieldError("thread-tags", e.tags)}
      </p>
      <input type="hidden" name="requestKey" value="${requestKey}" />
      <p><button type="submit">Start thread</button></p>
    </form>`;
  return { title: "New thread", main };
}
