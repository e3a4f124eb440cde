import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { renderCommentMarkdown } from "./render-comment";

// Hostile comment bodies: none may leave anything executable in the HTML.
const hostile = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](java&#115;cript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[x](https://ok.example "title" onclick=alert(1))',
  '**bold <b onmouseover="alert(1)">x</b>**',
  "> <details open ontoggle=alert(1)>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "[a]: javascript:alert(1)\n\n[link][a]",
  "<form action=https://evil.example><button>go</button></form>",
  "<meta http-equiv=refresh content=0;url=https://evil.example>",
  "<style>body{display:none}</style>",
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  "[x](<javascript:alert(1)>)",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
];

const ALLOWED_TAGS = new Set([
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
]);
const ALLOWED_ATTRS: Record<string, string[]> = { a: ["href", "rel"], ol: ["start"] };

/** Parses the output as a browser would and lists anything outside the allow-list. */
function executableParts(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!ALLOWED_TAGS.has(name)) found.push(`tag <${name}>`);
        for (const [attr, value] of Object.entries(attribs)) {
          if (!(ALLOWED_ATTRS[name] ?? []).includes(attr)) found.push(`attribute ${attr} on <${name}>`);
          if (attr === "href" && !/^(https?:|mailto:|\/(?!\/)|#)/i.test(value.trim())) found.push(`href ${value}`);
        }
        if (name === "a" && attribs.rel !== "nofollow ugc noopener") found.push("link without rel");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe("renderCommentMarkdown sanitizing", () => {
  for (const body of hostile) {
    it(`neutralises ${JSON.stringify(body).slice(0, 60)}`, () => {
      const html = renderCommentMarkdown(body);
      expect(executableParts(html)).toEqual([]);
    });
  }

  it("keeps ordinary markdown", () => {
    const html = renderCommentMarkdown("**bold** *it* `code`\n\n> quoted\n\n- one\n- two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>one</li>");
  });

  it("keeps http(s) and mailto links, marked nofollow ugc noopener", () => {
    const html = renderCommentMarkdown("[a](https://usgs.gov/x) [b](http://x.example) [c](mailto:a@b.example)");
    expect(html).toContain('<a href="https://usgs.gov/x" rel="nofollow ugc noopener">a</a>');
    expect(html).toContain('<a href="http://x.example" rel="nofollow ugc noopener">b</a>');
    expect(html).toContain('<a href="mailto:a@b.example" rel="nofollow ugc noopener">c</a>');
  });

  it("shows raw HTML as text instead of dropping what the user wrote", () => {
    expect(renderCommentMarkdown("I like <b>tags</b>")).toBe("<p>I like &lt;b&gt;tags&lt;/b&gt;</p>");
  });

  it("turns headings into bold paragraphs so comments cannot add to the page outline", () => {
    expect(renderCommentMarkdown("# Big")).toBe("<p><strong>Big</strong></p>");
  });
});
