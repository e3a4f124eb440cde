import Link from "next/link";
import { deleteCommentAction } from "@/app/actions/comments";

/** A second step before deleting, so a stray click (or a no-JS form post) cannot lose a comment. */
export function DeleteConfirm({
  commentId,
  returnTo,
  cancelHref,
}: {
  commentId: number;
  returnTo: string;
  cancelHref: string;
}) {
  return (
    <form action={deleteCommentAction} className="delete-confirm" aria-label="Delete this comment">
      <p>
        Delete this comment? Replies to it stay, under a “[deleted]” placeholder.{" "}
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <button type="submit">Delete</button>{" "}
        <Link href={cancelHref} scroll={false}>
          Cancel
        </Link>
      </p>
    </form>
  );
}
