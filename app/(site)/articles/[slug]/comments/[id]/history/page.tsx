import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getComment } from "@/lib/comments/get-comment";
import { listRevisions } from "@/lib/comments/list-revisions";
import { formatDateTime, plural } from "@/lib/format";
import { orTrouble } from "@/components/layout/service-trouble";

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: "Comment history" };

/** Every version of an edited comment, newest first: who wrote it and when. Open to all readers. */
async function CommentHistoryPage({ params }: Props) {
  const { slug, id } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0 || commentId > 2_147_483_647) notFound();
  const [found, revisions] = await Promise.all([getComment(commentId), listRevisions(commentId)]);
  if (!found || found.article?.slug !== slug || found.row.status !== "VISIBLE") notFound();
  const back = `/articles/${slug}/comments/${commentId}#comment-${commentId}`;

  return (
    <>
      <nav aria-label="Comment history" className="thread-nav">
        <ul>
          <li>
            <a href={back}>← Back to the comment</a>
          </li>
        </ul>
      </nav>
      <h1>
        History of {found.row.authorName}’s comment ({plural(revisions.length, "version", "versions")})
      </h1>
      {revisions.length === 0 ? (
        <p className="empty">This comment has not been edited.</p>
      ) : (
        <ol className="revision-list" reversed>
          {revisions.map((r, i) => (
            <li key={r.id} className="comment__body">
              <h2 className="revision__title">
                {i === 0 ? "Current version" : i === revisions.length - 1 ? "Original" : "Earlier version"} —{" "}
                <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time> by {r.editorName}
              </h2>
              <div className="comment__content" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export default orTrouble(CommentHistoryPage, "history page");
