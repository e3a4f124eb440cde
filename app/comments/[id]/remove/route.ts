import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { removeComment } from "@/lib/moderation/remove-comment";
import { removeSchema } from "@/lib/validation/moderation";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("removal", remove, typedFields({ Note: "note" }));

/** "Remove" (staff): a reason from the list and an optional note. */
async function remove(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "comment.remove", async (user, form, commentId) => {
    const { reason, note } = removeSchema.parse({ reason: form.get("reason"), note: form.get("note") ?? undefined });
    return removeComment(user, { commentId, reason, note });
  });
}
