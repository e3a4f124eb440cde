import Link from "next/link";
import { voteAction } from "@/app/actions/comments";
import type { CommentNode } from "@/lib/comments/types";
import { plural } from "@/lib/format";
import type { CurrentUser } from "@/lib/session";
import { ReplyLink } from "./reply-context";

type Props = {
  node: CommentNode;
  user: CurrentUser | null;
  returnTo: string;
  signInHref: string;
  editHref?: string;
  deleteHref?: string;
};

/** Score, Upvote, Reply, Edit, Delete under a visible comment; each works without JavaScript. */
export function CommentActions({ node, user, returnTo, signInHref, editHref, deleteHref }: Props) {
  const own = user?.id === node.authorId;
  return (
    <div className="comment__actions">
      <span className="comment__score">{plural(node.score, "point", "points")}</span>
      {user && !own ? (
        <form action={voteAction} className="inline-form">
          <input type="hidden" name="commentId" value={node.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <input type="hidden" name="vote" value={node.votedByMe ? "none" : "up"} />
          <button
            type="submit"
            className="link-button"
            aria-pressed={node.votedByMe}
            aria-label={`Upvote comment by ${node.authorName}`}
          >
            {node.votedByMe ? "▲ Upvoted" : "▲ Upvote"}
          </button>
        </form>
      ) : null}
      {user ? (
        <ReplyLink id={node.id} name={node.authorName} />
      ) : (
        <Link href={signInHref} prefetch={false}>
          Log in to Reply
        </Link>
      )}
      {editHref ? (
        <Link href={editHref} scroll={false} prefetch={false} aria-label="Edit your comment">
          Edit
        </Link>
      ) : null}
      {deleteHref ? (
        <Link href={deleteHref} scroll={false} prefetch={false} aria-label="Delete your comment">
          Delete
        </Link>
      ) : null}
    </div>
  );
}
