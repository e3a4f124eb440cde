import { z } from "zod";
import { TOO_DEEP_MESSAGE, tooDeeplyNested } from "./comment";
import { tagsField } from "./forum";

export const ARTICLE_BODY_MAX = 100_000;
export const HIGHLIGHTS_MIN = 3;
export const HIGHLIGHTS_MAX = 5;

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .transform((s) => s.replaceAll("\0", "").trim())
    .pipe(
      z
        .string()
        .min(min, `${what} needs at least ${min} characters.`)
        .max(max, `${what} can be at most ${max.toLocaleString("en-US")} characters.`),
    );

/** Highlights as typed, one per line: list markers and blank lines dropped. */
export function highlightLines(s: string): string[] {
  return s
    .split("\n")
    .map((l) =>
      l
        .replaceAll("\0", "")
        .replace(/^\s*[-*•]\s*/, "")
        .trim(),
    )
    .filter(Boolean);
}

/** The newsroom editor's fields: the same schema for the form (errors beside fields) and the use case. */
export const articleSchema = z.object({
  title: text(5, 200, "The title").transform((s) => s.replace(/\s+/g, " ")),
  /** Empty: derived from the title. */
  slug: z
    .string()
    .trim()
    .max(80, "The slug can be at most 80 characters.")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "The slug is lower-case letters, digits and single hyphens."),
  category: z.string().regex(/^[a-z0-9-]{1,200}$/, "Choose a category."),
  excerpt: text(20, 400, "The excerpt"),
  /** One bullet per line. */
  highlights: z
    .string()
    .max(5000)
    .transform(highlightLines)
    .pipe(
      z
        .array(z.string().max(300, "Each highlight can be at most 300 characters."))
        .min(HIGHLIGHTS_MIN, `Write ${HIGHLIGHTS_MIN} to ${HIGHLIGHTS_MAX} highlights, one per line.`)
        .max(HIGHLIGHTS_MAX, `Write ${HIGHLIGHTS_MIN} to ${HIGHLIGHTS_MAX} highlights, one per line.`),
    ),
  // As in comments: quotes and lists nested deeper than a reader could follow, which the
  // markdown parser cannot render either past some thousands of levels. What this cheap check
  // misses (emphasis nested thousands deep) the save's own rendering refuses (save-article.ts).
  body: text(1, ARTICLE_BODY_MAX, "The article").refine((s) => !tooDeeplyNested(s), TOO_DEEP_MESSAGE),
  tags: z.preprocess((v) => v ?? "", tagsField),
  /** "Publish" (or keep published), or "Save draft". */
  publish: z.boolean(),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export const ARTICLE_FIELDS = ["title", "slug", "category", "excerpt", "highlights", "body", "tags"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
