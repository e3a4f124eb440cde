import type { NextRequest } from "next/server";
import { commentFormPost } from "@/lib/http/moderation-forms";
import { rateLimit } from "@/lib/http/rate-limit";
import { AlreadyReportedError, reportComment } from "@/lib/moderation/report-comment";
import { reportSchema } from "@/lib/validation/moderation";
import { formRoute, typedFields } from "@/lib/http/mutation";

export const POST = formRoute("report", report, typedFields({ Details: "detail" }));

/** "Report" (any signed-in reader, once per comment, a few a day). */
async function report(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return commentFormPost(request, params, "comment.report", async (user, form, commentId) => {
    const { reason, detail } = reportSchema.parse({
      reason: form.get("reason"),
      detail: form.get("detail") ?? undefined,
    });
    if (await rateLimit("report", user.id)) return { notice: "report-limit" };
    try {
      await reportComment(user, { commentId, reason, detail });
      // No page changes for readers (reports are the moderators'); the queue is never cached.
      return { notice: "reported" };
    } catch (e) {
      if (e instanceof AlreadyReportedError) return { notice: "already-reported" };
      throw e;
    }
  });
}
