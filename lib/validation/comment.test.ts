import { describe, expect, it } from "vitest";
import { renderCommentMarkdown, MarkdownTooDeepError } from "@/lib/markdown/render-comment";
import { createCommentSchema, editCommentSchema, voteSchema } from "./comment";

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("comment input", () => {
  it("strips NUL characters, which PostgreSQL cannot store", () => {
    const r = createCommentSchema.parse({ discussionId: "1", body: "a\u0000b\u0000" });
    expect(r.body).toBe("ab");
    expect(message(createCommentSchema.safeParse({ discussionId: "1", body: "\u0000\u0000" }))).toBe(
      "Write a comment before posting.",
    );
  });

  it("refuses ids outside PostgreSQL's integer range instead of failing in the database", () => {
    for (const id of ["2147483648", "99999999999999999999", "-1", "0", "1.5", "1e3x"]) {
      expect(createCommentSchema.safeParse({ discussionId: id, body: "x" }).success, id).toBe(false);
      expect(editCommentSchema.safeParse({ commentId: id, body: "x" }).success, id).toBe(false);
      expect(voteSchema.safeParse({ commentId: id, vote: "up" }).success, id).toBe(false);
    }
    expect(createCommentSchema.safeParse({ discussionId: "2147483647", body: "x" }).success).toBe(true);
  });

  it("refuses pathological nesting with a message, and the renderer never overflows its stack", () => {
    const deep = "> ".repeat(3000) + "x";
    expect(message(createCommentSchema.safeParse({ discussionId: 1, body: deep }))).toMatch(/nested at most 20/);
    expect(createCommentSchema.safeParse({ discussionId: 1, body: "> ".repeat(20) + "x" }).success).toBe(true);
    // Emphasis is not caught by the schema; the renderer reports it instead of crashing.
    expect(() => renderCommentMarkdown("*".repeat(4990) + "x" + "*".repeat(4990))).toThrow(MarkdownTooDeepError);
  });
});
