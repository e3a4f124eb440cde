import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "./escape-html";
import { MarkdownTooDeepError, parseMarkdown } from "./render-comment";

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

// Articles are written by staff, but they pass through the same kind of allow-list:
// a compromised editor account must not be able to put script on every reader's page.
const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      if (!isExternal(href)) return `<a href="${escapeHtml(href)}">${text}</a>`;
      return (
        `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}` +
        `<span class="visually-hidden"> (opens in a new tab)</span></a>`
      );
    },
  },
});

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "hr",
    "span",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "target", "rel"], span: ["class"], ol: ["start"] },
  allowedClasses: { span: ["visually-hidden"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
};

/**
 * Markdown source of an article → sanitized HTML. Throws MarkdownTooDeepError for text whose
 * nesting the parser cannot follow (it recurses once per level: "> " × 30,000 overflows the
 * stack after 0.2–4 s of work), so saving such a body is refused beside the field.
 */
export function renderArticleMarkdown(source: string): string {
  return sanitizeHtml(parseMarkdown(marked, source), OPTIONS);
}

/** Shown in place of a body that cannot be rendered: the rest of the page still is. */
export function unrenderableBodyNotice(message: string): string {
  return `<p class="post__unrenderable"><strong>${escapeHtml(message)}</strong></p>`;
}

/** The newsroom's live preview, as the analyst types: a body too deep to render says so in its place. */
export function renderArticlePreview(source: string): string {
  try {
    return renderArticleMarkdown(source);
  } catch (e) {
    if (e instanceof MarkdownTooDeepError) return unrenderableBodyNotice(e.message);
    throw e;
  }
}

/**
 * A stored article's body for its page. A body saved before the save-time check (or written by
 * other means) that cannot be rendered gets a short notice instead, and `onTooDeep` is told
 * (the caller logs it), so one text does not take the whole page down for every reader.
 */
export function renderStoredArticleMarkdown(source: string, onTooDeep: () => void): string {
  try {
    return renderArticleMarkdown(source);
  } catch (e) {
    if (!(e instanceof MarkdownTooDeepError)) throw e;
    onTooDeep();
    return unrenderableBodyNotice("This article cannot be displayed: its text is nested too deeply for the page.");
  }
}
