import Link from "next/link";
import { DISPLAY_DEPTH } from "@/lib/comments/limits";
import { encodeCursor, type Sort } from "@/lib/comments/sort";
import type { CommentNode } from "@/lib/comments/types";
import { formatDateTime, plural } from "@/lib/format";
import { can } from "@/lib/policy";
import type { CurrentUser } from "@/lib/session";
import { pageQuery, type Notice } from "@/lib/validation/page-params";
import { CommentActions } from "./comment-actions";
import { DeleteConfirm } from "./delete-confirm";
import { EditCommentForm } from "./edit-comment-form";
import { CollapsibleItem } from "./collapse";
import { MoreReplies } from "./more-replies";
import { ReplySlot } from "./reply-context";

export type ListContext = {
  /** URL of the page being rendered (path + sort + cursor), without hash. */
  pageHref: string;
  /** The comment's own thread page ("Continue this thread", "more replies"). */
  threadHref: (id: number, after?: string) => string;
  historyHref: (id: number) => string;
  signInHref: string;
  user: CurrentUser | null;
  sort: Sort;
  editing?: { id: number; body: string };
  deleting?: number;
  /** Thread page: the permalinked comment, highlighted. */
  focusId?: number;
  /** What an Upvote or Delete that did not go through has to say, at its comment. */
  notice?: Notice;
};

const NOTICE_TEXT: Record<Notice["kind"], string> = {
  busy: "That did not go through: the site is busy or having trouble reaching its database. Please try again in a moment.",
  "slow-down": "You are voting too fast. Please wait a minute and try again.",
};

/** The links and permissions every comment on a page needs. */
export function listContext(input: {
  articleSlug: string;
  pageHref: string;
  sort: Sort;
  user: CurrentUser | null;
  editing?: ListContext["editing"];
  deleting?: number;
  focusId?: number;
  notice?: Notice;
}): ListContext {
  const { articleSlug, pageHref, sort } = input;
  return {
    ...input,
    threadHref: (id, after) => `/articles/${articleSlug}/comments/${id}${pageQuery({ sort, after })}`,
    historyHref: (id) => `/articles/${articleSlug}/comments/${id}/history`,
    signInHref: `/signin?callbackUrl=${encodeURIComponent(`${pageHref}#respond`)}`,
  };
}

export function CommentList({ nodes, ctx }: { nodes: CommentNode[]; ctx: ListContext }) {
  return (
    <ol className="comment-list">
      {nodes.map((n) => (
        <CommentItem key={n.id} node={n} ctx={ctx} />
      ))}
    </ol>
  );
}

function withParam(href: string, key: string, value: number) {
  return `${href}${href.includes("?") ? "&" : "?"}${key}=${value}`;
}

export function CommentItem({ node, ctx }: { node: CommentNode; ctx: ListContext }) {
  const { user } = ctx;
  const visible = node.status === "VISIBLE";
  const atDepthLimit = node.level >= DISPLAY_DEPTH - 1;
  // At the depth limit replies move to their own page ("Continue this thread").
  const kids = atDepthLimit ? [] : node.children;
  const hidden = node.replyCount - kids.length;
  const lastChild = kids[kids.length - 1];
  const authorId = `comment-${node.id}-author`;
  // A deleted comment's author stays hidden everywhere, labels included.
  const shownName = visible ? node.authorName : "a deleted comment";
  const canEdit = can(user, "comment:edit", node);
  const canDelete = can(user, "comment:delete", node);
  const editing = canEdit && ctx.editing?.id === node.id ? ctx.editing : undefined;
  const here = `${ctx.pageHref}#comment-${node.id}`;

  const head = (
    <article
      id={`comment-${node.id}`}
      className={ctx.focusId === node.id ? "comment__body comment__body--focus" : "comment__body"}
      aria-labelledby={authorId}
    >
      <footer className="comment__meta">
        <b id={authorId} className="comment__author">
          {visible ? (
            <Link href={`/users/${node.authorId}`} prefetch={false}>
              {node.authorName}
            </Link>
          ) : (
            "[deleted]"
          )}
        </b>{" "}
        <a href={here} className="comment__permalink">
          <time dateTime={node.createdAt.toISOString()}>{formatDateTime(node.createdAt)}</time>
        </a>
        {node.editedAt && visible ? (
          <>
            {" "}
            <Link href={ctx.historyHref(node.id)} className="comment__edited" prefetch={false}>
              edited<span className="visually-hidden"> — see earlier versions</span>
            </Link>
          </>
        ) : null}
      </footer>
      {editing ? (
        <EditCommentForm commentId={node.id} body={editing.body} returnTo={ctx.pageHref} cancelHref={here} />
      ) : visible ? (
        <div className="comment__content" dangerouslySetInnerHTML={{ __html: node.bodyHtml }} />
      ) : (
        <p className="comment__content comment__content--gone">
          {node.status === "REMOVED_BY_MODERATOR" ? "[removed by a moderator]" : "[deleted]"}
        </p>
      )}
      {ctx.notice?.commentId === node.id ? (
        <p className="form-message" role="alert">
          {NOTICE_TEXT[ctx.notice.kind]}
        </p>
      ) : null}
      {canDelete && ctx.deleting === node.id ? (
        <DeleteConfirm commentId={node.id} returnTo={ctx.pageHref} cancelHref={here} />
      ) : null}
      {visible && !editing ? (
        <CommentActions
          node={node}
          user={user}
          returnTo={ctx.pageHref}
          signInHref={ctx.signInHref}
          editHref={canEdit ? `${withParam(ctx.pageHref, "editcomment", node.id)}#comment-${node.id}` : undefined}
          deleteHref={canDelete ? `${withParam(ctx.pageHref, "deletecomment", node.id)}#comment-${node.id}` : undefined}
        />
      ) : null}
    </article>
  );

  return (
    <CollapsibleItem id={node.id} replies={node.descendantCount} authorName={shownName} head={head}>
      {user && visible ? <ReplySlot id={node.id} /> : null}
      {kids.length > 0 ? (
        <ol className="children">
          {kids.map((c) => (
            <CommentItem key={c.id} node={c} ctx={ctx} />
          ))}
        </ol>
      ) : null}
      {atDepthLimit && node.replyCount > 0 ? (
        <nav className="comment__more" aria-label={`More of the thread under ${shownName}`}>
          <Link href={ctx.threadHref(node.id)} prefetch={false}>
            Continue this thread
          </Link>{" "}
          ({plural(node.descendantCount, "reply", "replies")})
        </nav>
      ) : !atDepthLimit && hidden > 0 ? (
        <MoreReplies
          parentId={node.id}
          level={node.level}
          after={lastChild ? encodeCursor(ctx.sort, lastChild) : undefined}
          hidden={hidden}
          href={ctx.threadHref(node.id, lastChild ? encodeCursor(ctx.sort, lastChild) : undefined)}
          label={`More replies to ${shownName}`}
          pageHref={ctx.pageHref}
        />
      ) : null}
    </CollapsibleItem>
  );
}
