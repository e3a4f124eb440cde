import "server-only";
import { revalidateTag } from "next/cache";
import type { NextRequest } from "next/server";
import { getArticleForEdit, type EditableArticle } from "@/lib/articles/get-article-for-edit";
import { SlugTakenError } from "@/lib/articles/errors";
import { listCategories } from "@/lib/articles/list-categories";
import { saveArticle } from "@/lib/articles/save-article";
import { NotFoundError } from "@/lib/comments/errors";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { html } from "@/lib/html/html";
import { renderArticleMarkdown, renderArticlePreview } from "@/lib/markdown/render-article";
import { MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { can, ForbiddenError } from "@/lib/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import {
  ARTICLE_BODY_MAX,
  ARTICLE_FIELDS,
  articleSchema,
  HIGHLIGHTS_MAX,
  highlightLines,
  type ArticleField,
} from "@/lib/validation/article";
import { tagsField } from "@/lib/validation/forum";
import { TAGS } from "@/lib/views/cached-pages";
import { articleEditor, articlePreview, type EditorView } from "@/lib/views/newsroom";
import type { PageBody } from "@/lib/views/pages";
import { json, seeOther } from "./comment-forms";
import { typedFields } from "./mutation";
import { rateLimit } from "./rate-limit";
import { errorResponse, htmlResponse, notFoundResponse, troubleResponse, userDocument } from "./serve-page";
import { staffPost } from "./staff-pages";

/** The editor's text, given back by formRoute's error page when a save fails unforeseen. */
export const ARTICLE_TYPED = typedFields({
  Title: "title",
  Slug: "slug",
  Excerpt: "excerpt",
  Highlights: "highlights",
  Article: "body",
  Tags: "tags",
});

/** Drafts and editors are one person's: never kept by a cache. */
const NEWSROOM_CACHE = "private, no-store";

async function refused(user: CurrentUser): Promise<Response> {
  const main = html`<h1>Not allowed</h1>
    <p>
      Analysts edit their own articles and admins edit any; nothing was saved.
      <a href="/newsroom">Back to the newsroom</a>.
    </p>`;
  return htmlResponse(await userDocument({ title: "Not allowed", main }, user, "/newsroom"), 403, NEWSROOM_CACHE);
}

/**
 * A newsroom page: signed in (or sent to sign in), an analyst or admin (anyone else: a 404, so
 * the page says nothing), and database trouble, or anything unforeseen, as a page.
 */
export async function serveNewsroomPage(
  path: string,
  render: (user: CurrentUser) => Promise<PageBody | Response | null>,
): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user) return seeOther(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    if (!can(user, "article:create", undefined) && user.role !== "MODERATOR") return await notFoundResponse(user, path);
    const body = await render(user);
    if (body instanceof Response) return body;
    if (!body) return await notFoundResponse(user, path);
    return htmlResponse(await userDocument(body, user, path), 200, NEWSROOM_CACHE);
  } catch (e) {
    const t = asServiceError(e);
    return t instanceof ServiceUnavailableError
      ? troubleResponse(t, "newsroom page")
      : errorResponse(e, "newsroom page");
  }
}

function trouble(e: unknown, where: string, unsaved?: string) {
  const t = asServiceError(e);
  if (t instanceof ServiceUnavailableError) return troubleResponse(t, where, unsaved);
  throw e;
}

/** The editor's values for an article as saved. */
export function valuesOf(a: EditableArticle): EditorView["values"] {
  return {
    title: a.title,
    slug: a.slug,
    category: a.category.slug,
    excerpt: a.excerpt,
    highlights: a.highlights.join("\n"),
    body: a.body,
    tags: a.tags.join(", "),
  };
}

export async function editorResponse(
  user: CurrentUser,
  view: EditorView,
  status: number,
  article?: EditableArticle,
): Promise<Response> {
  const categories = await listCategories();
  const body = articleEditor({
    categories,
    view,
    article,
    authorName: article?.author.displayName ?? user.name,
  });
  const path = article ? `/newsroom/${article.id}` : "/newsroom/new";
  return htmlResponse(await userDocument(body, user, path), status, NEWSROOM_CACHE);
}

/**
 * The editor's POST, for a new article (`id` undefined) or an existing one: Preview (rendered by
 * the public page's code, nothing saved), Save draft, or Publish. The use case asks the policy
 * (a reader's or moderator's forged post is refused there); errors come back beside the fields.
 */
export async function postArticleForm(request: NextRequest, id?: string): Promise<Response> {
  const pre = await staffPost(request, id ? `/newsroom/${id}` : "/newsroom/new", "newsroom form");
  if ("done" in pre) return pre.done;
  const { user, form, log } = pre;
  const values: Partial<Record<ArticleField, string>> = {};
  for (const f of ARTICLE_FIELDS) {
    const v = form.get(f);
    if (typeof v === "string") values[f] = v;
  }
  const intent = form.get("intent");
  let article: EditableArticle | undefined;
  try {
    if (id) {
      article = (await getArticleForEdit(id)) ?? undefined;
      if (!article) return await notFoundResponse(user, `/newsroom/${id}`);
    }
    const again = (status: number, extra: Omit<EditorView, "values">) =>
      editorResponse(user, { values, ...extra }, status, article);
    if (!(article ? can(user, "article:edit", article) : can(user, "article:create", undefined))) {
      log.info({ event: "article.refused", userId: user.id, articleId: id }, "article save refused by policy");
      return await refused(user);
    }
    // The live preview, as the analyst types: whatever is there so far, nothing checked or saved.
    if (intent === "preview" && pre.json) {
      const categories = await listCategories();
      const preview = articlePreview(
        values,
        {
          bodyHtml: renderArticlePreview((values.body ?? "").slice(0, ARTICLE_BODY_MAX)),
          categoryName: categories.find((c) => c.slug === values.category)?.name ?? "",
          highlights: highlightLines(values.highlights ?? "").slice(0, HIGHLIGHTS_MAX),
          tags: tagsField.safeParse(values.tags ?? "").data ?? [],
        },
        article?.author.displayName ?? user.name,
      );
      return json(200, { ok: true, preview: preview.value });
    }
    const raw = {
      ...Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, values[f] ?? ""])),
      publish: intent === "publish",
    } as Record<ArticleField, string> & { publish: boolean };
    const parsed = articleSchema.safeParse(raw);
    if (!parsed.success) {
      log.info({ event: "article.invalid-input", userId: user.id }, "article not saved: invalid input");
      return await again(422, {
        errors: fieldErrorsOf(parsed.error),
        message: "Nothing was saved yet: see the fields marked below.",
      });
    }
    if (intent === "preview") {
      const categories = await listCategories();
      return await again(200, {
        preview: {
          bodyHtml: renderArticleMarkdown(parsed.data.body),
          categoryName: categories.find((c) => c.slug === parsed.data.category)?.name ?? "",
          highlights: parsed.data.highlights,
          tags: parsed.data.tags,
        },
      });
    }
    if ((await rateLimit("articleSave", user.id)) > 0) {
      return await again(429, {
        message: "You have saved as often as you can for now. Try again in a few minutes; your text is kept.",
      });
    }
    const saved = await saveArticle(user, { ...raw, id });
    log.info(
      { event: saved.published ? "article.published" : "article.saved", userId: user.id, articleId: saved.id },
      saved.published ? "article published" : "draft saved",
    );
    // Readers' pages: the article's own (and its old address), the forum threads about it
    // (their pages carry its tag: they show its title and address), and the lists that show it.
    revalidateTag(TAGS.article(saved.slug), { expire: 0 });
    if (saved.oldSlug) revalidateTag(TAGS.article(saved.oldSlug), { expire: 0 });
    if (saved.published || saved.wasPublished) revalidateTag(TAGS.articleLists, { expire: 0 });
    for (const id of saved.threadIds) revalidateTag(TAGS.thread(id), { expire: 0 });
    return seeOther(saved.published ? `/articles/${saved.slug}` : `/newsroom/${saved.id}?done=draft`);
  } catch (e) {
    const again = (status: number, extra: Omit<EditorView, "values">) =>
      editorResponse(user, { values, ...extra }, status, article).catch((e2) =>
        trouble(e2, "newsroom form", values.body),
      );
    if (e instanceof SlugTakenError) return again(409, { errors: { slug: e.message } });
    // From the preview or the save (save-article.ts): a body the page could not render.
    if (e instanceof MarkdownTooDeepError)
      return again(422, {
        errors: { body: e.message },
        message: "Nothing was saved yet: see the fields marked below.",
      });
    if (e instanceof NotFoundError && e.message.startsWith("Category"))
      return again(422, { errors: { category: "That category does not exist (any more)." } });
    if (e instanceof ForbiddenError) return refused(user).catch((e2) => trouble(e2, "newsroom form", values.body));
    return trouble(e, "article save", values.body);
  }
}
