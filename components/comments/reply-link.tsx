"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";

/**
 * WordPress's reply link: a plain `?replytocom=` link without JavaScript; with it, the
 * page is re-rendered in place (no full reload, no jump) and the form opens under the comment.
 */
export function ReplyLink({ href, label, children }: { href: string; label: string; children: React.ReactNode }) {
  const router = useRouter();
  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    router.push(href, { scroll: false });
  }
  return (
    <a href={href} onClick={onClick} aria-label={label} className="comment-reply-link" rel="nofollow">
      {children}
    </a>
  );
}
