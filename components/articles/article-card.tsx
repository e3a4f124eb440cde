import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/list-articles";
import { formatDate, plural } from "@/lib/format";

export function ArticleCard({ article }: { article: Card }) {
  return (
    <article className="card">
      <p className="card__meta">
        <Link href={`/category/${article.category.slug}`}>{article.category.name}</Link>
      </p>
      <h2 className="card__title">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </h2>
      <p className="card__meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> · by{" "}
        {article.author.displayName} ·{" "}
        <Link href={`/articles/${article.slug}#comments`}>
          {plural(article.discussion.commentCount, "Comment", "Comments")}
        </Link>
      </p>
      <p>{article.excerpt}</p>
    </article>
  );
}
