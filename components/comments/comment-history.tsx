import { notFound } from "next/navigation";
import { getComment } from "@/lib/comments/get-comment";
import { listRevisions } from "@/lib/comments/list-revisions";
import { commentPageHref, isOwner, type OwnerRef } from "@/lib/comments/owner";
import { formatDateTime, plural } from "@/lib/format";

/**
 * Every version of an edited comment (or forum reply), newest first: who wrote it and when.
 * Open to all readers; `owner` is what the address names, and must be where the comment is.
 */
export async function CommentHistory({ owner, id }: { owner: OwnerRef | undefined; id: string }) {
  const commentId = Number(id);
  if (!owner || !/^\d{1,10}$/.test(id) || commentId <= 0 || commentId > 2_147_483_647) notFound();
  const [found, revisions] = await Promise.all([getComment(commentId), listRevisions(commentId)]);
  if (!found || !isOwner(found.owner, owner) || found.row.status !== "VISIBLE") notFound();
  const back = `${commentPageHref(found.owner, commentId)}#comment-${commentId}`;

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
