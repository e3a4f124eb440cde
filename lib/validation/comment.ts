import { z } from "zod";

export const COMMENT_MAX_LENGTH = 10_000;

export const commentBodyField = z
  .string()
  .trim()
  .min(1, "Write a comment before posting.")
  .max(COMMENT_MAX_LENGTH, `Comments can be at most ${COMMENT_MAX_LENGTH.toLocaleString("en-US")} characters.`);

const idField = z.coerce.number().int().positive();

export const createCommentSchema = z.object({
  discussionId: idField,
  parentId: z.preprocess((v) => (v === "" || v == null ? undefined : v), idField.optional()),
  body: commentBodyField,
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

export type EditCommentInput = z.infer<typeof editCommentSchema>;

export const moreRepliesSchema = z.object({
  parentId: idField,
  level: z.number().int().min(0).max(50),
  after: z.string().max(30).optional(),
  pageHref: z.string().max(2000),
});
