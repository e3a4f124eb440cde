import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "./escape-html";

// Raw HTML typed into a comment is shown as text, never interpreted; the sanitizer
// below is the safety net, not the first line.
const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    // A comment must not add headings to the page outline.
    heading({ tokens }) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    // No remote images in comments (tracking pixels, layout abuse): show a link instead.
    image: ({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
  },
});

export const COMMENT_SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: "nofollow ugc noopener" },
    }),
  },
};

/** Text whose nesting the markdown parser cannot follow (it recurses once per level). */
export class MarkdownTooDeepError extends Error {
  constructor() {
    super("This text is nested too deeply to display. Use fewer levels of quotes, lists or emphasis.");
  }
}

/** Markdown → HTML, not yet sanitized; MarkdownTooDeepError where the parser's recursion gives out. */
export function parseMarkdown(parser: Marked, source: string): string {
  try {
    return parser.parse(source, { async: false });
  } catch (e) {
    if (e instanceof RangeError) throw new MarkdownTooDeepError();
    throw e;
  }
}

/** Markdown source of a comment → sanitized HTML, computed once when the comment is written. */
export function renderCommentMarkdown(source: string): string {
  return sanitizeHtml(parseMarkdown(marked, source), COMMENT_SANITIZE_OPTIONS).trim();
}
