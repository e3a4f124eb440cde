import { seeOther } from "@/lib/http/comment-forms";
import { htmlResponse, troubleResponse, userDocument } from "@/lib/http/serve-page";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { listNotices } from "@/lib/moderation/list-notices";
import { getCurrentUser } from "@/lib/session";
import { noticesPage } from "@/lib/views/notices";
import { pageRoute } from "@/lib/http/mutation";

export const GET = pageRoute("notices page", readerNotices);

/** The signed-in reader's notices: removals, restores, approvals, suspensions (theirs alone, never cached). */
async function readerNotices() {
  try {
    const user = await getCurrentUser();
    if (!user) return seeOther(`/signin?callbackUrl=${encodeURIComponent("/notices")}`);
    const body = noticesPage(await listNotices(user));
    // One reader's moderation history: kept by no cache, not even the browser's.
    return htmlResponse(await userDocument(body, user, "/notices"), 200, "private, no-store");
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "notices");
    throw e;
  }
}
