import "server-only";
import { db } from "@/lib/db";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";

export const MAX_REVISIONS_SHOWN = 50;

/** A comment's versions, newest first, each with who wrote it and when. */
export async function listRevisions(commentId: number) {
  const rows = await db.commentRevision.findMany({
    where: { commentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_REVISIONS_SHOWN,
    select: { id: true, body: true, createdAt: true, editor: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    editorName: r.editor.displayName,
    bodyHtml: renderCommentMarkdown(r.body),
  }));
}
