import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { restoreComment } from "@/lib/moderation/restore-comment";

/** "Restore" (staff) on a removed comment. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "comment.restore", (user, _form, commentId) =>
    restoreComment(user, commentId),
  );
}
