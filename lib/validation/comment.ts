import { z } from "zod";

export const COMMENT_MAX_LENGTH = 10_000;
export const MAX_NESTING = 20;
/** A line that opens more than MAX_NESTING quotes or lists at once. */
const TOO_DEEP = new RegExp(String.raw`^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))){${MAX_NESTING + 1}}`, "m");
/** Whether text nests quotes or lists deeper than MAX_NESTING (comments and article bodies). */
export const tooDeeplyNested = (s: string) => TOO_DEEP.test(s);
export const TOO_DEEP_MESSAGE = `Quotes and lists can be nested at most ${MAX_NESTING} levels deep.`;

export const commentBodyField = z
  .string()
  // PostgreSQL cannot store NUL; it carries no meaning in text a person wrote.
  .transform((s) => s.replaceAll("\0", ""))
  .pipe(
    z
      .string()
      .trim()
      .min(1, "Write a comment before posting.")
      .max(COMMENT_MAX_LENGTH, `Comments can be at most ${COMMENT_MAX_LENGTH.toLocaleString("en-US")} characters.`)
      .refine((s) => !tooDeeplyNested(s), TOO_DEEP_MESSAGE),
  );

/** Ids are PostgreSQL `integer`s: anything outside their range names no row. */
const idField = z.coerce.number().int().positive().max(2_147_483_647);

export const createCommentSchema = z.object({
  discussionId: idField,
  parentId: z.preprocess((v) => (v === "" || v == null ? undefined : v), idField.optional()),
  body: commentBodyField,
  /** Made when the form is rendered: a retried post of the same form writes one comment. */
  requestKey: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
});

export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const editCommentSchema = z.object({
  commentId: idField,
  body: commentBodyField,
  returnTo: z.string().max(2000).optional(),
});

export const commentTargetSchema = z.object({
  commentId: idField,
  returnTo: z.string().max(2000).optional(),
});

export const voteSchema = commentTargetSchema.extend({
  /** The state the button asks for, so a repeated request cannot flip it back. */
  vote: z.enum(["up", "none"]),
});

export type EditCommentInput = z.infer<typeof editCommentSchema>;
