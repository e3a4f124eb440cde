import Link from "next/link";
import type { ReactNode } from "react";
import { DISPLAY_DEPTH } from "@/lib/comments/limits";
import type { CommentNode } from "@/lib/comments/types";
import { formatDateTime, plural } from "@/lib/format";
import { ReplyLink, ReplySlot } from "./reply-context";

export type ListContext = {
  /** URL of the page being rendered (path + cursor), without replytocom or hash. */
  pageHref: string;
  /** The comment's own thread page ("Continue this thread", "more replies"). */
  threadHref: (id: number, after?: number) => string;
  signInHref: string;
  signedIn: boolean;
};

export function CommentList({ nodes, ctx }: { nodes: CommentNode[]; ctx: ListContext }) {
  return (
    <ol className="comment-list">
      {nodes.map((n) => (
        <CommentItem key={n.id} node={n} ctx={ctx} />
      ))}
    </ol>
  );
}

export function CommentItem({ node, ctx, children }: { node: CommentNode; ctx: ListContext; children?: ReactNode }) {
  const visible = node.status === "VISIBLE";
  const hidden = node.replyCount - node.children.length;
  const atDepthLimit = node.level >= DISPLAY_DEPTH - 1;
  const lastChild = node.children[node.children.length - 1];
  const authorId = `comment-${node.id}-author`;
  return (
    <li className="comment">
      <article id={`comment-${node.id}`} className="comment__body" aria-labelledby={authorId}>
        <footer className="comment__meta">
          <b id={authorId} className="comment__author">
            {visible ? node.authorName : "[deleted]"}
          </b>{" "}
          <a href={`${ctx.pageHref}#comment-${node.id}`} className="comment__permalink">
            <time dateTime={node.createdAt.toISOString()}>{formatDateTime(node.createdAt)}</time>
          </a>
          {node.editedAt ? <span className="comment__edited"> (edited)</span> : null}
        </footer>
        {visible ? (
          <div className="comment__content" dangerouslySetInnerHTML={{ __html: node.bodyHtml }} />
        ) : (
          <p className="comment__content comment__content--gone">
            {node.status === "REMOVED_BY_MODERATOR" ? "[removed by a moderator]" : "[deleted]"}
          </p>
        )}
        {visible ? (
          <p className="comment__actions">
            {ctx.signedIn ? (
              <ReplyLink id={node.id} name={node.authorName} />
            ) : (
              <Link href={ctx.signInHref} prefetch={false}>
                Log in to Reply
              </Link>
            )}
          </p>
        ) : null}
      </article>
      {ctx.signedIn && visible ? <ReplySlot id={node.id} /> : null}
      {children}
      {node.children.length > 0 ? (
        <ol className="children">
          {node.children.map((c) => (
            <CommentItem key={c.id} node={c} ctx={ctx} />
          ))}
        </ol>
      ) : null}
      {atDepthLimit && node.replyCount > 0 ? (
        <p className="comment__more">
          <Link href={ctx.threadHref(node.id)} prefetch={false}>
            Continue this thread
          </Link>{" "}
          ({plural(node.descendantCount, "reply", "replies")})
        </p>
      ) : !atDepthLimit && hidden > 0 ? (
        <p className="comment__more">
          <Link href={ctx.threadHref(node.id, lastChild?.id)} prefetch={false}>
            {plural(hidden, "more reply", "more replies")}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
