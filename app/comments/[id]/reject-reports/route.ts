import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { rejectReports } from "@/lib/moderation/reject-reports";
import { rejectReportsSchema } from "@/lib/validation/moderation";
import { formRoute } from "@/lib/http/mutation";

export const POST = formRoute("rejecting reports", reject);

/** "Reject the reports" (staff): the comment stays; its open reports close with a note. */
async function reject(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "reports.reject", async (user, form, commentId) => {
    const { note } = rejectReportsSchema.parse({ note: form.get("note") ?? undefined });
    await rejectReports(user, { commentId, note });
    return {};
  });
}
