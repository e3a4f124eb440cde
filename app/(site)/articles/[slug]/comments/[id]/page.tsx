import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/comments/discussion";
import { getComment } from "@/lib/comments/get-comment";
import { listAncestors } from "@/lib/comments/list-ancestors";
import { loadDiscussion } from "@/lib/comments/load-discussion";
import type { CommentNode } from "@/lib/comments/types";
import { plural } from "@/lib/format";
import { getCurrentUser } from "@/lib/session";
import { parseDiscussionParams } from "@/lib/validation/page-params";
import { metadataOrTrouble, orTrouble } from "@/components/layout/service-trouble";

type Props = {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0 || commentId > 2_147_483_647) return null;
  const user = await getCurrentUser();
  const found = await getComment(commentId, user?.id ?? null);
  if (!found || found.article?.slug !== slug) return null;
  return { ...found, article: found.article, user };
}

async function metadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return { title: found ? `Thread on ${found.article.title}` : "Comment not found" };
}

/**
 * A comment with its ancestors above it and its replies below, on a page of its own:
 * permalinks, "Continue this thread" and "more replies" all land here.
 */
async function CommentThreadPage({ params, searchParams }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const query = parseDiscussionParams(await searchParams);
  const { row, article, discussionId, path, user } = found;
  const [{ page, editing }, ancestors] = await Promise.all([
    loadDiscussion({ discussionId, parentId: row.id, query, user }),
    listAncestors(path),
  ]);
  const articleHref = `/articles/${article.slug}`;
  const topAncestor = path[0]!;

  // Ancestors nest above the comment as context: one reply each, the path down to it.
  let root: CommentNode = { ...row, level: -1, children: [] };
  for (const a of [...ancestors.rows].reverse()) {
    root = { ...a, level: -1, children: [root], replyCount: 1 };
  }

  return (
    <>
      <nav aria-label="Thread" className="thread-nav">
        <ul>
          <li>
            <Link href={`${articleHref}#comments`}>View the whole discussion</Link> of “{article.title}”
          </li>
          {ancestors.omitted > 0 ? (
            <li>
              <Link href={`${articleHref}/comments/${topAncestor}`} prefetch={false}>
                Start of this thread ({plural(ancestors.omitted, "earlier comment", "earlier comments")} above)
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
          basePath={`${articleHref}/comments/${row.id}`}
          query={query}
          articleSlug={article.slug}
          articleTitle={article.title}
          user={user}
          editing={editing}
          root={root}
          focusId={row.id}
        />
      </section>
    </>
  );
}

export default orTrouble(CommentThreadPage, "thread page");
export const generateMetadata = metadataOrTrouble(metadata, "thread page");
