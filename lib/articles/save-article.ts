import "server-only";
import { NotFoundError } from "@/lib/comments/errors";
import { db } from "@/lib/db";
import { sqlState, violatedConstraint, withRetry } from "@/lib/db-failures";
import { renderArticleMarkdown } from "@/lib/markdown/render-article";
import { authorize, type Actor } from "@/lib/policy";
import { slugify } from "@/lib/slug";
import { articleSchema, type ArticleData, type ArticleInput } from "@/lib/validation/article";
import { SlugTakenError } from "./errors";

export type SavedArticle = {
  id: string;
  slug: string;
  /** The address it had before this save, when the slug changed. */
  oldSlug: string | null;
  published: boolean;
  /** Whether it was on the public lists before this save. */
  wasPublished: boolean;
  /**
   * The forum threads about it, when this save published it or took it back to draft: their
   * pages name it only while it is public (lib/views/forum-pages.ts).
   */
  threadIds: number[];
};

const COMPARED = ["title", "slug", "excerpt", "highlights", "body", "tags", "status", "categoryId"] as const;

/**
 * The newsroom's save: a new article (`id` undefined) or a change to one, published or kept as
 * a draft, with its revision (who, when, the whole text, which fields changed) in the same
 * transaction. Analysts save their own articles, admins any (lib/policy.ts). Publishing a draft
 * sets its publication time to now, so it tops the home page. Throws MarkdownTooDeepError for a
 * body that cannot be rendered.
 */
export async function saveArticle(actor: Actor, raw: ArticleInput & { id?: string }): Promise<SavedArticle> {
  const input: ArticleData = articleSchema.parse(raw);
  const slug = input.slug || slugify(input.title) || "article";
  const status = input.publish ? "PUBLISHED" : "DRAFT";
  if (raw.id === undefined) authorize(actor, "article:create", undefined);
  // A body the page could not render (nesting deeper than the parser follows) is refused here,
  // with MarkdownTooDeepError, before anything is written: readers would get no page at all.
  renderArticleMarkdown(input.body);
  const editor = actor!;

  try {
    return await withRetry(() =>
      db.$transaction(async (tx) => {
        const category = await tx.category.findUnique({ where: { slug: input.category }, select: { id: true } });
        if (!category) throw new NotFoundError("Category");
        const fields = {
          title: input.title,
          slug,
          excerpt: input.excerpt,
          highlights: input.highlights,
          body: input.body,
          tags: input.tags,
          status,
          categoryId: category.id,
        } as const;

        if (raw.id === undefined) {
          const discussion = await tx.discussion.create({ data: {}, select: { id: true } });
          const created = await tx.article.create({
            data: { ...fields, authorId: editor.id, publishedAt: new Date(), discussionId: discussion.id },
            select: { id: true },
          });
          await tx.articleRevision.create({
            data: { articleId: created.id, editorId: editor.id, ...revisionOf(fields), changed: "created" },
          });
          return { id: created.id, slug, oldSlug: null, published: input.publish, wasPublished: false, threadIds: [] };
        }

        const [before] = await tx.$queryRaw<
          {
            id: string;
            authorId: string;
            status: "DRAFT" | "PUBLISHED";
            title: string;
            slug: string;
            excerpt: string;
            highlights: string[];
            body: string;
            tags: string[];
            categoryId: string;
          }[]
        >`SELECT id, "authorId", status::text AS status, title, slug, excerpt, highlights, body, tags, "categoryId"
          FROM "Article" WHERE id = ${raw.id} FOR UPDATE`;
        if (!before) throw new NotFoundError("Article");
        authorize(actor, "article:edit", before);
        const changed = COMPARED.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(fields[k]));
        const publishing = before.status === "DRAFT" && status === "PUBLISHED";
        const threads =
          before.status !== status
            ? await tx.thread.findMany({ where: { articleId: before.id }, select: { id: true } })
            : [];
        await tx.article.update({
          where: { id: before.id },
          data: { ...fields, ...(publishing ? { publishedAt: new Date() } : {}) },
        });
        await tx.articleRevision.create({
          data: {
            articleId: before.id,
            editorId: editor.id,
            ...revisionOf(fields),
            changed: changed.length ? changed.map((k) => (k === "categoryId" ? "category" : k)).join(", ") : "nothing",
          },
        });
        return {
          id: before.id,
          slug,
          oldSlug: before.slug !== slug ? before.slug : null,
          published: input.publish,
          wasPublished: before.status === "PUBLISHED",
          threadIds: threads.map((t) => t.id),
        };
      }),
    );
  } catch (e) {
    if (sqlState(e) === "23505" || (e as { code?: string }).code === "P2002") {
      if (String(violatedConstraint(e) ?? (e as Error).message).includes("slug")) throw new SlugTakenError(slug);
    }
    throw e;
  }
}

function revisionOf(f: {
  title: string;
  excerpt: string;
  highlights: string[];
  body: string;
  status: "DRAFT" | "PUBLISHED";
}) {
  return { title: f.title, excerpt: f.excerpt, highlights: f.highlights, body: f.body, status: f.status };
}
