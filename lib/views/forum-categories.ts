import type { ForumCategoryRow } from "@/lib/forum/list-forum-categories";
import { attr, html, type SafeHtml, textarea } from "@/lib/html/html";
import { formMessage } from "./comment-form";
import type { PageBody } from "./pages";

type Values = { name?: string; slug?: string; description?: string };
/** The form that did not save: which one (a category's id, or "new"), what was typed, what went wrong. */
export type CategoryFormEcho = { target: string; values: Values; error?: string };

function categoryForm(
  target: string,
  values: Values,
  legend: string,
  button: string,
  echo?: CategoryFormEcho,
): SafeHtml {
  const mine = echo?.target === target;
  const v = mine ? echo.values : values;
  const id = (f: string) => `cat-${target}-${f}`;
  return html`<form method="post" action="/forum/categories" class="thread-form category-form">
    <fieldset>
      <legend>${legend}</legend>
      ${mine ? formMessage(echo.error) : ""}${target === "new" ? "" : html`<input type="hidden" name="id" value="${target}" />`}
      <p class="field">
        <label for="${id("name")}">Name</label
        ><input id="${id("name")}" name="name" required maxlength="60" value="${v.name ?? ""}" />
      </p>
      <p class="field">
        <label for="${id("slug")}">Slug</label
        ><input
          id="${id("slug")}"
          name="slug"
          required
          maxlength="60"
          value="${v.slug ?? ""}"
          ${attr("aria-invalid", mine && echo.error ? "true" : undefined)}
        />
      </p>
      <p class="field">
        <label for="${id("description")}">Description</label
        >${textarea(html`id="${id("description")}" name="description" rows="2" required maxlength="300"`, v.description)}
      </p>
      <p><button type="submit">${button}</button></p>
    </fieldset>
  </form>`;
}

/** `/forum/categories` (admins): rename each category, or add one. */
export function forumCategoriesPage(categories: ForumCategoryRow[], echo?: CategoryFormEcho, done?: boolean): PageBody {
  return {
    title: "Forum categories",
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/forum">Forum</a></nav>
      <h1>Forum categories</h1>
      ${done ? html`<p class="form-message" role="status">Saved.</p>` : ""}${categories.map((c) =>
        categoryForm(c.id, c, `${c.name} (${c.threadCount} threads)`, `Save “${c.name}”`, echo),
      )}${categoryForm("new", {}, "Add a category", "Add category", echo)}`,
  };
}
