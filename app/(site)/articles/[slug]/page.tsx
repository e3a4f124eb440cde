import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/comments/discussion";
import { getArticle } from "@/lib/articles/get-article";
import { loadDiscussion } from "@/lib/comments/load-discussion";
import { formatDate, plural } from "@/lib/format";
import { renderArticleMarkdown } from "@/lib/markdown/render-article";
import { getCurrentUser } from "@/lib/session";
import { parseDiscussionParams } from "@/lib/validation/page-params";
import { metadataOrTrouble, orTrouble } from "@/components/layout/service-trouble";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function metadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt } : { title: "Article not found" };
}

async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = parseDiscussionParams(await searchParams);
  const [article, user] = await Promise.all([getArticle(slug), getCurrentUser()]);
  if (!article) notFound();
  const { page, editing } = await loadDiscussion({ discussionId: article.discussionId, parentId: null, query, user });

  return (
    <>
      <article className="post">
        <header className="post__header">
          <p className="post__category">
            <Link href={`/category/${article.category.slug}`}>{article.category.name}</Link>
          </p>
          <h1>{article.title}</h1>
          <p className="post__meta">
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> · by{" "}
            {article.author.displayName}
          </p>
        </header>
        <section className="highlights" aria-labelledby="highlights-title">
          <h2 id="highlights-title">Highlights</h2>
          <ul>
            {article.highlights.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </section>
        <div className="post__body" dangerouslySetInnerHTML={{ __html: renderArticleMarkdown(article.body) }} />
      </article>
      <section id="comments" className="comments-area" aria-labelledby="comments-title">
        <h2 id="comments-title">{plural(article.discussion.commentCount, "Comment", "Comments")}</h2>
        <Discussion
          discussionId={article.discussionId}
          page={page}
          basePath={`/articles/${article.slug}`}
          query={query}
          articleSlug={article.slug}
          articleTitle={article.title}
          user={user}
          editing={editing}
        />
      </section>
    </>
  );
}

export default orTrouble(ArticlePage, "article page");
export const generateMetadata = metadataOrTrouble(metadata, "article page");
