"use client";

import { useState, useTransition, type ReactNode } from "react";
import { loadMoreRepliesAction } from "@/app/actions/load-more-replies";

type Props = {
  parentId: number;
  /** The parent's level on the page, so the batch nests (and stops) at the right depth. */
  level: number;
  /** Cursor of the last reply shown; the batch starts after it. */
  after?: string;
  hidden: number;
  href: string;
  label: string;
  pageHref: string;
};

/**
 * "{n} more replies": a link to the replies' own page without JavaScript; with it, the next
 * batch is rendered by the server and appended in place, and the button moves below it.
 */
export function MoreReplies({ parentId, level, after, hidden, href, label, pageHref }: Props) {
  const [batches, setBatches] = useState<ReactNode[]>([]);
  const [cursor, setCursor] = useState(after);
  const [left, setLeft] = useState(hidden);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function load() {
    startTransition(async () => {
      const r = await loadMoreRepliesAction({ parentId, level, after: cursor, pageHref });
      if (!r.ok) {
        setError("Could not load more replies. Try again.");
        return;
      }
      setError(null);
      setBatches((b) => [...b, r.items]);
      setCursor(r.next ?? undefined);
      setLeft(r.next ? Math.max(0, left - r.count) : 0);
    });
  }

  const text = `${left.toLocaleString("en-US")} more ${left === 1 ? "reply" : "replies"}`;
  return (
    <>
      {batches.length > 0 ? <ol className="children children--more">{batches}</ol> : null}
      {left > 0 ? (
        <nav className="comment__more" aria-label={label}>
          <a
            href={href}
            aria-busy={pending}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
              e.preventDefault();
              if (!pending) load();
            }}
          >
            {pending ? "Loading…" : text}
          </a>
          {error ? (
            <span role="alert" className="field-error">
              {" "}
              {error}
            </span>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
