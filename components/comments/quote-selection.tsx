"use client";

import { useEffect, useRef, useState } from "react";

type Source = { text: string; attribution: string };
type Props = { articleTitle: string; articleHref: string };

/** What the selection quotes: text inside one comment's body, or inside the article body. */
function currentSource({ articleTitle, articleHref }: Props): (Source & { rect: DOMRect }) | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const text = sel.toString().trim();
  if (!text) return null;
  const range = sel.getRangeAt(0);
  const el = (n: Node) => (n instanceof Element ? n : n.parentElement);
  const start = el(range.startContainer);
  const end = el(range.endContainer);
  const body = start?.closest(".comment__content, .post__body");
  if (!body || body !== end?.closest(".comment__content, .post__body")) return null;
  const comment = body.closest("article[id^='comment-']");
  let attribution: string;
  if (comment) {
    const id = comment.id.replace("comment-", "");
    const name = comment.querySelector(".comment__author")?.textContent ?? "A reader";
    attribution = `[${name}](/comments/${id}) wrote:`;
  } else {
    attribution = `From [“${articleTitle}”](${articleHref}):`;
  }
  return { text, attribution, rect: range.getBoundingClientRect() };
}

/**
 * Selecting text in a comment or in the article offers "Quote", which puts a markdown
 * quote with attribution and a link into the open reply form.
 */
export function QuoteSelection(props: Props) {
  const [offer, setOffer] = useState<(Source & { top: number; left: number }) | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const propsRef = useRef(props);

  useEffect(() => {
    propsRef.current = props;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const src = currentSource(propsRef.current);
        if (!src) {
          // Keep the offer while focus is on the button itself (keyboard users tab to it).
          if (document.activeElement !== button.current) setOffer(null);
          return;
        }
        setOffer({
          text: src.text,
          attribution: src.attribution,
          top: src.rect.bottom + window.scrollY + 6,
          left: Math.max(8, src.rect.left + window.scrollX),
        });
      }, 150);
    };
    document.addEventListener("selectionchange", onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", onChange);
    };
  }, []);

  useEffect(() => {
    if (!offer || !button.current) return;
    // Set through the CSSOM: the CSP does not allow inline style attributes.
    button.current.style.setProperty("top", `${offer.top}px`);
    button.current.style.setProperty("left", `${offer.left}px`);
  }, [offer]);

  if (!offer) return null;
  return (
    <button
      ref={button}
      type="button"
      className="quote-button"
      onMouseDown={(e) => e.preventDefault() /* keep the selection */}
      onClick={() => {
        const box = document.querySelector<HTMLTextAreaElement>("#comment");
        if (!box) return;
        const quoted = offer.text
          .split(/\r?\n/)
          .map((l) => `> ${l}`)
          .join("\n");
        const block = `${offer.attribution}\n${quoted}\n\n`;
        const at = box.selectionStart ?? box.value.length;
        const prefix = at > 0 && !box.value.slice(0, at).endsWith("\n\n") ? "\n\n" : "";
        box.setRangeText(prefix + block, at, box.selectionEnd ?? at, "end");
        window.getSelection()?.removeAllRanges();
        setOffer(null);
        box.focus();
        box.scrollIntoView({ block: "center" });
      }}
    >
      Quote
    </button>
  );
}
