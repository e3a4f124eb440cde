import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/articles/article-card";
import { listArticles } from "@/lib/articles/list-articles";
import { getCategory } from "@/lib/articles/list-categories";
import { metadataOrTrouble, orTrouble } from "@/components/layout/service-trouble";

type Props = { params: Promise<{ slug: string }> };

async function metadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory((await params).slug);
  return { title: category?.name ?? "Category not found" };
}

async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const [category, articles] = await Promise.all([getCategory(slug), listArticles({ categorySlug: slug })]);
  if (!category) notFound();
  return (
    <>
      <h1>{category.name}</h1>
      {articles.length ? (
        <div className="card-list">
          {articles.map((a) => (
            <ArticleCard key={a.slug} article={a} />
          ))}
        </div>
      ) : (
        <p className="empty">No articles in this category yet.</p>
      )}
    </>
  );
}

export default orTrouble(CategoryPage, "category page");
export const generateMetadata = metadataOrTrouble(metadata, "category page");
