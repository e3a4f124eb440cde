import "server-only";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { linkMentions } from "./mentions";

/** A comment's HTML as stored and as previewed: mentions linked, markdown rendered, sanitized. */
export async function renderCommentBody(source: string): Promise<string> {
  return renderCommentMarkdown(await linkMentions(source));
}
