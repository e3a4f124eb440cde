import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { approveComment } from "@/lib/moderation/approve-comment";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("approval", approve);

/** "Approve" (staff) on a post held for review. */
async function approve(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "comment.approve", (user, _form, commentId) =>
    approveComment(user, commentId),
  );
}
