import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CommentPage } from "@/lib/comments/list-comment-page";
import { SORT_LABELS, SORTS } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import type { CurrentUser } from "@/lib/session";
import { pageQuery, type DiscussionParams } from "@/lib/validation/page-params";
import { CollapseProvider } from "./collapse";
import { CommentList, listContext } from "./comment-list";
import { QuoteSelection } from "./quote-selection";
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
  /** Path of the page without query, e.g. `/articles/x` or a thread page. */
  basePath: string;
  query: DiscussionParams;
  articleSlug: string;
  user: CurrentUser | null;
  /** Markdown source of the comment being edited (`?editcomment=`), when allowed. */
  editing?: { id: number; body: string };
  /** Thread page: the chain of ancestors down to the focused comment (`focusId`). */
  root?: CommentNode;
  /** Thread page: the comment whose replies this page lists; new replies go to it. */
  focusId?: number;
  /** For the attribution of quotes taken from the article. */
  articleTitle: string;
};

/** Hangs the page's comments under the focused comment of a thread page's chain. */
function attach(node: CommentNode, focusId: number, comments: CommentNode[]): CommentNode {
  if (node.id === focusId) return { ...node, replyCount: comments.length, children: comments };
  return { ...node, children: node.children.map((c) => attach(c, focusId, comments)) };
}

/** The discussion under an article (or on a thread page): sort, list, pager and "Leave a Reply". */
export function Discussion(props: Props) {
  const { discussionId, page, basePath, query, articleSlug, articleTitle, user, editing, root, focusId } = props;
  const { sort } = query;
  const pageHref = `${basePath}${pageQuery(query)}`;
  // On a thread page the focused comment's replies are the page itself; the pager, not a
  // "more replies" link, leads to the rest of them.
  const all = root && focusId !== undefined ? [attach(root, focusId, page.comments)] : page.comments;
  const focused = focusId !== undefined ? findNode(all, focusId) : undefined;
  const replyTarget = query.replytocom !== undefined && user ? findNode(all, query.replytocom) : undefined;
  const initialTarget = replyTarget?.status === "VISIBLE" ? { id: replyTarget.id, name: replyTarget.authorName } : null;
  const loggedInAs = user ? (
    <div className="logged-in-as">
      Logged in as {user.name}. <SignOutButton label="Log out" />
    </div>
  ) : null;

  const ctx = listContext({
    articleSlug,
    pageHref,
    sort,
    user,
    editing,
    deleting: query.deletecomment,
    focusId,
    notice: query.notice,
  });
  const signInHref = ctx.signInHref;

  const sortNav = (
    <nav className="comment-sort" aria-label="Sort comments">
      <span aria-hidden="true">Sort: </span>
      <ul>
        {SORTS.map((s) => (
          <li key={s}>
            <Link href={`${basePath}${pageQuery({ sort: s })}#comments`} aria-current={s === sort ? "true" : undefined}>
              {SORT_LABELS[s]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  const pager =
    query.after || page.next ? (
      <nav className="comment-pager" aria-label="Comment pages">
        {query.after ? <Link href={`${basePath}${pageQuery({ sort })}#comments`}>← First page</Link> : <span />}
        {page.next ? (
          <Link href={`${basePath}${pageQuery({ sort, after: page.next })}#comments`}>More comments →</Link>
        ) : null}
      </nav>
    ) : null;

  const list =
    all.length > 0 ? (
      <CollapseProvider>
        <CommentList nodes={all} ctx={ctx} />
      </CollapseProvider>
    ) : (
      <p className="empty">{query.after ? "No more comments." : "No comments yet. Start the discussion."}</p>
    );

  if (!user) {
    return (
      <>
        {sortNav}
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
      {sortNav}
      {list}
      {pager}
      <RespondSlot root={focused?.status === "VISIBLE" ? { id: focused.id, name: focused.authorName } : undefined} />
      <QuoteSelection articleTitle={articleTitle} articleHref={`/articles/${articleSlug}`} />
    </ReplyProvider>
  );
}
