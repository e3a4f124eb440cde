import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "./escape-html";

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

export function renderArticleMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), OPTIONS);
}
