import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { restoreComment } from "@/lib/moderation/restore-comment";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("restore", restore);

/** "Restore" (staff) on a removed comment. */
async function restore(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "comment.restore", (user, _form, commentId) =>
    restoreComment(user, commentId),
  );
}
