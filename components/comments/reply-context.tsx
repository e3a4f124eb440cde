"use client";

import { createContext, useContext, useState, type MouseEvent, type ReactNode } from "react";
import { CommentForm } from "./comment-form";

type Target = { id: number; name: string } | null;

type ReplyState = {
  /** New with every server render; the forms send it as their idempotency key. */
  renderId: string;
  target: Target;
  setTarget: (t: Target) => void;
  discussionId: number;
  pageHref: string;
  loggedInAs: ReactNode;
};

const ReplyContext = createContext<ReplyState | null>(null);

function useReply(): ReplyState {
  const ctx = useContext(ReplyContext);
  if (!ctx) throw new Error("Reply components must sit inside <ReplyProvider>");
  return ctx;
}

/**
 * Which comment the reply form sits under. The server picks the first one from
 * `?replytocom=` (so it works without JavaScript); with JavaScript, "Reply" and
 * "Cancel reply" move the form at once, as WordPress's comment-reply script does.
 * Each server render passes a new renderId: after a post (or any navigation) the form
 * goes back to where that render puts it. (Not a `key`: React matches a no-JavaScript
 * form's returned state to its form by position, and a changing key would lose it.)
 */
export function ReplyProvider(props: {
  renderId: string;
  initialTarget: Target;
  discussionId: number;
  pageHref: string;
  loggedInAs: ReactNode;
  children: ReactNode;
}) {
  const [target, setTarget] = useState<Target>(props.initialTarget);
  const [renderId, setRenderId] = useState(props.renderId);
  if (renderId !== props.renderId) {
    setRenderId(props.renderId);
    setTarget(props.initialTarget);
  }
  const { discussionId, pageHref, loggedInAs } = props;
  return (
    <ReplyContext.Provider value={{ renderId, target, setTarget, discussionId, pageHref, loggedInAs }}>
      {props.children}
    </ReplyContext.Provider>
  );
}

function plainClick(e: MouseEvent) {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}

export function ReplyLink({ id, name }: { id: number; name: string }) {
  const { pageHref, setTarget } = useReply();
  const href = `${pageHref}${pageHref.includes("?") ? "&" : "?"}replytocom=${id}#respond`;
  return (
    <a
      href={href}
      className="comment-reply-link"
      rel="nofollow"
      aria-label={`Reply to ${name}`}
      onClick={(e) => {
        if (!plainClick(e)) return;
        e.preventDefault();
        setTarget({ id, name });
      }}
    >
      Reply
    </a>
  );
}

function CancelReplyLink({ id }: { id: number }) {
  const { pageHref, setTarget } = useReply();
  return (
    <a
      href={`${pageHref}#comment-${id}`}
      onClick={(e) => {
        if (!plainClick(e)) return;
        e.preventDefault();
        setTarget(null);
        // Focus returns to where the reader was, not to the top of the page.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`#comment-${id} .comment-reply-link`)?.focus());
      }}
    >
      Cancel reply
    </a>
  );
}

/** Under each comment: the reply form, when this comment is the one being replied to. */
export function ReplySlot({ id }: { id: number }) {
  const { renderId, target, discussionId, loggedInAs } = useReply();
  if (target?.id !== id) return null;
  return (
    <CommentForm
      requestKey={renderId}
      discussionId={discussionId}
      parentId={id}
      replyToName={target.name}
      cancel={<CancelReplyLink id={id} />}
    >
      {loggedInAs}
    </CommentForm>
  );
}

/** At the foot of the discussion: the form for a new comment (or a reply to the thread's root). */
export function RespondSlot({ root }: { root?: { id: number; name: string } }) {
  const { renderId, target, discussionId, loggedInAs } = useReply();
  if (target) return null;
  return (
    <CommentForm requestKey={renderId} discussionId={discussionId} parentId={root?.id} replyToName={root?.name}>
      {loggedInAs}
    </CommentForm>
  );
}
