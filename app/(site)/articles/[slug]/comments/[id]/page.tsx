import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/comments/discussion";
import { getComment } from "@/lib/comments/get-comment";
import { listCommentPage } from "@/lib/comments/list-comment-page";
import { plural } from "@/lib/format";
import { getCurrentUser } from "@/lib/session";
import { cursorQuery, parseDiscussionParams } from "@/lib/validation/page-params";

type Props = {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0 || commentId > 2_147_483_647) return null;
  const found = await getComment(commentId);
  if (!found || found.article?.slug !== slug) return null;
  return { ...found, article: found.article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return { title: found ? `Thread on ${found.article.title}` : "Comment not found" };
}

/** A comment with its replies on a page of their own: "Continue this thread" and "more replies". */
export default async function CommentThreadPage({ params, searchParams }: Props) {
  const [found, user] = await Promise.all([load(params), getCurrentUser()]);
  if (!found) notFound();
  const query = parseDiscussionParams(await searchParams);
  const { row, article, discussionId } = found;
  const page = await listCommentPage({
    discussionId,
    parentId: row.id,
    cursor: { after: query.after, before: query.before },
  });
  const basePath = `/articles/${article.slug}/comments/${row.id}`;
  const articleHref = `/articles/${article.slug}`;

  return (
    <>
      <nav aria-label="Thread" className="thread-nav">
        <ul>
          <li>
            <Link href={`${articleHref}#comments`}>← Back to the discussion of “{article.title}”</Link>
          </li>
          {row.parentId ? (
            <li>
              <Link href={`/comments/${row.parentId}`} prefetch={false}>
                ↑ Parent comment
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <section id="comments" className="comments-area" aria-labelledby="comments-title">
        <h1 id="comments-title">
          Thread: {row.status === "VISIBLE" ? row.authorName : "[deleted]"}’s comment and{" "}
          {plural(row.descendantCount, "reply", "replies")}
        </h1>
        <Discussion
          discussionId={discussionId}
          page={page}
          pageHref={`${basePath}${cursorQuery(query)}`}
          basePath={basePath}
          articleSlug={article.slug}
          user={user}
          replyToCom={query.replytocom ?? null}
          root={{ ...row, level: -1, children: [] }}
        />
      </section>
    </>
  );
}
