import { ArticleCard } from "@/components/articles/article-card";
import { listArticles } from "@/lib/articles/list-articles";
import { orTrouble } from "@/components/layout/service-trouble";

async function HomePage() {
  const articles = await listArticles();
  return (
    <>
      <h1>Latest from the critical-minerals desk</h1>
      {articles.length ? (
        <div className="card-list">
          {articles.map((a) => (
            <ArticleCard key={a.slug} article={a} />
          ))}
        </div>
      ) : (
        <p className="empty">No articles yet.</p>
      )}
    </>
  );
}

export default orTrouble(HomePage, "home page");
