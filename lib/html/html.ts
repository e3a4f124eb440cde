import { escapeHtml } from "@/lib/markdown/escape-html";

/**
 * HTML that is safe to put in a page as is: built by `html` (every interpolated value
 * escaped) or marked by `trusted` (sanitized comment bodies, rendered article markdown).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** A template whose values are escaped unless they are SafeHtml: the page builders' only way to write markup. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup that is already safe: sanitized at write time or rendered by our own markdown renderer. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** `name="value"` only when there is a value; `name` alone for `true`. */
export function attr(name: string, value: string | number | boolean | null | undefined): SafeHtml {
  if (value === undefined || value === null || value === false) return new SafeHtml("");
  if (value === true) return new SafeHtml(` ${name}`);
  return new SafeHtml(` ${name}="${escapeHtml(String(value))}"`);
}

/**
 * A `<textarea>` holding `value`. The HTML parser drops one newline right after the opening
 * tag, so one is written first and text that starts with a newline keeps it. A function rather
 * than markup in each template: a formatter laying templates out as markup may add or remove
 * that newline as if it were layout.
 */
export function textarea(attributes: SafeHtml, value: string | null | undefined): SafeHtml {
  return new SafeHtml(`<textarea ${attributes.value}>\n${escapeHtml(value ?? "")}</textarea>`);
}
