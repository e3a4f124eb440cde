import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CommentPage } from "@/lib/comments/list-comment-page";
import type { CommentNode } from "@/lib/comments/types";
import type { CurrentUser } from "@/lib/session";
import { CommentList, type ListContext } from "./comment-list";
import { ReplyProvider, RespondSlot } from "./reply-context";

function findNode(nodes: CommentNode[], id: number): CommentNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

type Props = {
  discussionId: number;
  page: CommentPage;
  /** Path + cursor of this page, e.g. `/articles/x?after=12`. */
  pageHref: string;
  /** Path of the page without its cursor, for the pager links. */
  basePath: string;
  articleSlug: string;
  user: CurrentUser | null;
  replyToCom: number | null;
  /** The thread page's root comment: replies default to it and the list nests under it. */
  root?: CommentNode;
};

/** The discussion under an article (or on a thread page): list, pager and "Leave a Reply". */
export function Discussion({ discussionId, page, pageHref, basePath, articleSlug, user, replyToCom, root }: Props) {
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`${pageHref}#respond`)}`;
  // On a thread page the root's replies are the page itself; the pager, not a
  // "more replies" link, leads to the rest of them.
  const all = root ? [{ ...root, replyCount: page.comments.length, children: page.comments }] : page.comments;
  const replyTarget = replyToCom !== null && user ? findNode(all, replyToCom) : undefined;
  const initialTarget = replyTarget?.status === "VISIBLE" ? { id: replyTarget.id, name: replyTarget.authorName } : null;
  const loggedInAs = user ? (
    <p className="logged-in-as">
      Logged in as {user.name}. <SignOutButton label="Log out" />
    </p>
  ) : null;

  const ctx: ListContext = {
    pageHref,
    threadHref: (id, after) => `/articles/${articleSlug}/comments/${id}${after ? `?after=${after}` : ""}`,
    signInHref,
    signedIn: !!user,
  };

  const pager =
    page.prevBefore !== null || page.nextAfter !== null ? (
      <nav className="comment-pager" aria-label="Comment pages">
        {page.prevBefore !== null ? (
          <Link href={`${basePath}?before=${page.prevBefore}#comments`}>← Older comments</Link>
        ) : (
          <span />
        )}
        {page.nextAfter !== null ? (
          <Link href={`${basePath}?after=${page.nextAfter}#comments`}>Newer comments →</Link>
        ) : null}
      </nav>
    ) : null;

  const list =
    all.length > 0 ? (
      <CommentList nodes={all} ctx={ctx} />
    ) : (
      <p className="empty">No comments yet. Start the discussion.</p>
    );

  if (!user) {
    return (
      <>
        {list}
        {pager}
        <div id="respond" className="respond">
          <h2 id="reply-title" className="respond__title">
            Leave a Reply
          </h2>
          <p className="must-log-in">
            You must be{" "}
            <Link href={signInHref} prefetch={false}>
              logged in
            </Link>{" "}
            to post a comment.
          </p>
        </div>
      </>
    );
  }
  return (
    <ReplyProvider
      renderId={crypto.randomUUID()}
      initialTarget={initialTarget}
      discussionId={discussionId}
      pageHref={pageHref}
      loggedInAs={loggedInAs}
    >
      {list}
      {pager}
      <RespondSlot root={root?.status === "VISIBLE" ? { id: root.id, name: root.authorName } : undefined} />
    </ReplyProvider>
  );
}
