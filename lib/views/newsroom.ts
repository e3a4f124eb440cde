import type { EditableArticle } from "@/lib/articles/get-article-for-edit";
import type { NewsroomRow } from "@/lib/articles/list-newsroom";
import { formatDateTime } from "@/lib/format";
import { attr, html, type SafeHtml, textarea } from "@/lib/html/html";
import type { ArticleField } from "@/lib/validation/article";
import { ARTICLE_BODY_MAX, HIGHLIGHTS_MAX, HIGHLIGHTS_MIN } from "@/lib/validation/article";
import { formMessage } from "./comment-form";
import { articleMarkup, type PageBody } from "./pages";
import type { Category } from "./site-header";

const STATUS = { DRAFT: "Draft", PUBLISHED: "Published" } as const;

function when(d: Date): SafeHtml {
  return html`<time datetime="${d.toISOString()}">${formatDateTime(d)}</time>`;
}

/** `/newsroom`: the analyst's articles (an admin's: everyone's), drafts and published. */
export function newsroomPage(rows: NewsroomRow[], showAuthor: boolean, done?: string): PageBody {
  const table = rows.length
    ? html`<table class="mod-log newsroom-list">
        <caption class="visually-hidden">
          Articles, latest change first
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            ${showAuthor ? html`<th scope="col">Author</th>` : ""}
            <th scope="col">Last change</th>
            <th scope="col">Links</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <td><a href="/newsroom/${r.id}">${r.title}</a></td>
                <td>${STATUS[r.status]}</td>
                ${showAuthor ? html`<td>${r.author.displayName}</td>` : ""}
                <td>${when(r.updatedAt)}</td>
                <td>
                  ${r.status === "PUBLISHED" ? html`<a href="/articles/${r.slug}" aria-label="View “${r.title}”">View</a> · ` : ""}<a
                    href="/newsroom/${r.id}/history"
                    aria-label="History of “${r.title}”"
                    >History</a
                  >
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p class="empty">No articles yet.</p>`;
  return {
    title: "Newsroom",
    main: html`<h1>Newsroom</h1>
      ${done ? html`<p class="form-message form-message--done" role="status">${done}</p>` : ""}
      <p><a class="button-link" href="/newsroom/new">New article</a></p>
      ${table}`,
  };
}

/** What the editor shows: the values as typed, errors beside fields, and the preview. */
export type EditorView = {
  values: Partial<Record<ArticleField, string>>;
  errors?: Partial<Record<ArticleField, string>>;
  message?: string;
  /** The article as readers will see it (rendered by the public page's code). */
  preview?: { bodyHtml: string; categoryName: string; highlights: string[]; tags: string[] };
};

function field(
  id: ArticleField,
  label: string,
  control: (attrs: SafeHtml) => SafeHtml,
  error?: string,
  help?: string,
): SafeHtml {
  const describedBy = [help ? `article-${id}-help` : "", error ? `article-${id}-error` : ""].filter(Boolean).join(" ");
  const attrs = html`id="article-${id}"
  name="${id}"${attr("aria-describedby", describedBy || undefined)}${attr("aria-invalid", error ? "true" : undefined)}`;
  const helpNote = help ? html`<span id="article-${id}-help" class="field-help">${help}</span>` : "";
  const errorNote = error ? html`<span id="article-${id}-error" class="field-error" role="alert">${error}</span>` : "";
  return html`<p class="field"><label for="article-${id}">${label}</label>${control(attrs)}${helpNote}${errorNote}</p>`;
}

function categorySelect(attrs: SafeHtml, categories: Category[], selected: string | undefined): SafeHtml {
  return html`<select ${attrs} required>
    <option value="">Choose…</option>
    ${categories.map((c) => html`<option value="${c.slug}" ${attr("selected", c.slug === selected)}>${c.name}</option>`)}
  </select>`;
}

/** The article as readers will see it, from the public page's own markup. */
export function articlePreview(
  v: EditorView["values"],
  preview: NonNullable<EditorView["preview"]>,
  authorName: string,
): SafeHtml {
  return html`<section class="article-preview" aria-labelledby="article-preview-title">
    <h2 id="article-preview-title">Preview</h2>
    ${articleMarkup(
      {
        title: v.title ?? "",
        publishedAt: new Date(0),
        highlights: preview.highlights,
        tags: preview.tags,
        category: { slug: v.category ?? "", name: preview.categoryName },
        author: { displayName: authorName },
      },
      preview.bodyHtml,
    )}
  </section>`;
}

/**
 * The newsroom's editor, for a new article (`article` undefined) or one being edited. A plain
 * form: Preview, Save draft and Publish are its submit buttons, so all of it works without
 * JavaScript, and whatever does not save comes back with the text in it.
 */
export function articleEditor(input: {
  categories: Category[];
  view: EditorView;
  article?: Pick<EditableArticle, "id" | "slug" | "status" | "title">;
  authorName: string;
}): PageBody {
  const { categories, view, article, authorName } = input;
  const v = view.values;
  const e = view.errors ?? {};
  const action = article ? `/newsroom/${article.id}` : "/newsroom/new";
  const heading = article ? html`Edit “${article.title}”` : html`New article`;
  const status = article
    ? html`<p>
        Status:
        <strong>${STATUS[article.status]}</strong
        >${article.status === "PUBLISHED" ? html` · <a href="/articles/${article.slug}">View it</a>` : ""} ·
        <a href="/newsroom/${article.id}/history">History</a>
      </p>`
    : "";
  // The script fills this in as the analyst types (a live preview); the Preview button does the same without it.
  const preview = html`<div id="article-preview-live">
    ${view.preview ? articlePreview(v, view.preview, authorName) : ""}
  </div>`;
  const fields = [
    field("title", "Title", (a) => html`<input ${a} required maxlength="200" value="${v.title ?? ""}" />`, e.title),
    field(
      "slug",
      "Slug",
      (a) => html`<input ${a} maxlength="80" value="${v.slug ?? ""}" />`,
      e.slug,
      "The article's address: /articles/{slug}. Leave it empty to derive it from the title.",
    ),
    field("category", "Category", (a) => categorySelect(a, categories, v.category), e.category),
    field(
      "excerpt",
      "Excerpt",
      (a) => textarea(html`${a} rows="2" required maxlength="400"`, v.excerpt),
      e.excerpt,
      "One or two sentences for the home page.",
    ),
    field(
      "highlights",
      "Highlights",
      (a) => textarea(html`${a} rows="5" required`, v.highlights),
      e.highlights,
      `${HIGHLIGHTS_MIN} to ${HIGHLIGHTS_MAX} bullets, one per line.`,
    ),
    field(
      "body",
      "Article body",
      (a) => textarea(html`${a} rows="20" required maxlength="${ARTICLE_BODY_MAX}"`, v.body),
      e.body,
      "Markdown: ## section headings, **bold**, [links](https://example.com), lists, > quotes.",
    ),
    field(
      "tags",
      "Tags (optional)",
      (a) => html`<input ${a} value="${v.tags ?? ""}" />`,
      e.tags,
      "Up to 5, separated by commas.",
    ),
  ];
  const form = html`<form
    method="post"
    action="${action}"
    class="thread-form article-form"
    aria-labelledby="editor-title"
  >
    ${formMessage(view.message)}${fields}
    <p class="editor-actions">
      <button type="submit" name="intent" value="preview" formnovalidate>Preview</button>
      <button type="submit" name="intent" value="draft">
        ${article?.status === "PUBLISHED" ? "Unpublish (back to draft)" : "Save draft"}
      </button>
      <button type="submit" name="intent" value="publish">
        ${article?.status === "PUBLISHED" ? "Update" : "Publish"}
      </button>
    </p>
  </form>`;
  return {
    title: article ? `Edit: ${article.title}` : "New article",
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/newsroom">Newsroom</a></nav>
      <h1 id="editor-title">${heading}</h1>
      ${status}${preview}${form}`,
  };
}

/** An article's saved versions, newest first: who, when, what changed, and the text (where the reader may read it). */
export function articleHistoryPage(
  article: Pick<EditableArticle, "id" | "title">,
  revisions: {
    id: number;
    /** Null: a draft version this reader may not read (a moderator's view). */
    text: { title: string; excerpt: string; highlights: string[]; body: string } | null;
    status: keyof typeof STATUS;
    changed: string;
    createdAt: Date;
    editor: { displayName: string };
  }[],
): PageBody {
  return {
    title: `History: ${article.title}`,
    main: html`<nav aria-label="Breadcrumb" class="breadcrumb">
        <a href="/newsroom">Newsroom</a> › <a href="/newsroom/${article.id}">${article.title}</a>
      </nav>
      <h1>History of “${article.title}”</h1>
      <ol class="revision-list">
        ${revisions.map(
          (r) =>
            html`<li class="comment__body">
              <h2 class="revision__title">
                ${when(r.createdAt)} by ${r.editor.displayName} · ${STATUS[r.status]} · changed: ${r.changed}
              </h2>
              ${
                r.text
                  ? html`<details>
                      <summary>The text of this version</summary>
                      <p><strong>${r.text.title}</strong></p>
                      <p>${r.text.excerpt}</p>
                      <ul>
                        ${r.text.highlights.map((h) => html`<li>${h}</li>`)}
                      </ul>
                      <pre class="revision-source">${r.text.body}</pre>
                    </details>`
                  : html`<p class="field-help">A draft version: its text is seen by its author and admins only.</p>`
              }
            </li>`,
        )}
      </ol>`,
  };
}
