import { z } from "zod";
import { commentBodyField } from "./comment";

export const THREAD_TITLE_MIN = 5;
export const THREAD_TITLE_MAX = 150;
export const MAX_TAGS = 5;
const TAG = /^[a-z0-9][a-z0-9-]{0,29}$/;

const slugField = z.string().regex(/^[a-z0-9-]{1,200}$/);

/** Tags as typed ("Magnets, NdPr prices"): lower-cased, spaces to hyphens, duplicates dropped. */
export const tagsField = z
  .string()
  .max(400, "Too many tags.")
  .transform((s) => [
    ...new Set(
      s
        .split(",")
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, "-"))
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(TAG, "Tags are letters, digits and hyphens, up to 30 characters each."))
      .max(MAX_TAGS, `At most ${MAX_TAGS} tags.`),
  );

const titleField = z
  .string()
  .transform((s) => s.replaceAll("\0", "").replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .trim()
      .min(THREAD_TITLE_MIN, `The title needs at least ${THREAD_TITLE_MIN} characters.`)
      .max(THREAD_TITLE_MAX, `The title can be at most ${THREAD_TITLE_MAX} characters.`),
  );

/** "New thread": the same schema for the form (its errors beside the fields) and the use case. */
export const createThreadSchema = z.object({
  title: titleField,
  category: slugField.or(z.literal("").transform(() => undefined)).refine((v) => v !== undefined, "Choose a category."),
  body: commentBodyField,
  tags: z.preprocess((v) => v ?? "", tagsField),
  /** Started from an article ("Discuss in the forum"): its slug. */
  article: z.preprocess((v) => (v === "" ? undefined : v), slugField.optional()),
  requestKey: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
});

export type CreateThreadInput = z.input<typeof createThreadSchema>;
export type CreateThreadData = z.output<typeof createThreadSchema>;

/** Editing a thread's opening post: its title and text. */
export const editThreadSchema = z.object({ title: titleField, body: commentBodyField });
export type EditThreadInput = z.input<typeof editThreadSchema>;

/** Addresses under /forum/ that are not categories. */
const RESERVED = ["new", "t", "categories"];

/** An admin's new or renamed forum category. */
export const forumCategorySchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "The name needs at least 2 characters.")
    .max(60, "The name can be at most 60 characters."),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "The slug is lower-case letters, digits and single hyphens.")
    .max(60, "The slug can be at most 60 characters.")
    .refine((s) => !RESERVED.includes(s), "That address is taken by the forum itself."),
  description: z
    .string()
    .trim()
    .min(10, "The description needs at least 10 characters.")
    .max(300, "The description can be at most 300 characters."),
});

export type ForumCategoryInput = z.input<typeof forumCategorySchema>;

/** Pin (until a date, or until unpinned) or unpin. */
export const pinThreadSchema = z.object({
  state: z.enum(["pinned", "unpinned"]),
  until: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.iso
      .date("Enter a date as YYYY-MM-DD.")
      .transform((d) => new Date(`${d}T23:59:59.999Z`))
      .optional(),
  ),
  returnTo: z.string().max(2000).optional(),
});
