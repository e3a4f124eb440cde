import type { NextRequest } from "next/server";
import { locateComment } from "@/lib/comments/locate-comment";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { seeOther } from "@/lib/http/comment-forms";
import { notFoundResponse, troubleResponse } from "@/lib/http/serve-page";
import { getCurrentUser } from "@/lib/session";
import { idParam } from "@/lib/validation/page-params";
import { pageRoute } from "@/lib/http/mutation";
import { commentNotFoundBody } from "@/lib/views/pages";

export const GET = pageRoute("comment permalink", goToComment);

/**
 * Stable permalink for a comment wherever it sits: redirects to the page that shows it. The
 * redirect is relative, so the reader stays on the host name they came by (and keeps their
 * session cookie). A comment this reader may not see (held for review, in a draft's
 * discussion) or that does not exist is a 404 that says so, never a redirect to a page
 * without it.
 */
async function goToComment(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  try {
    const user = await getCurrentUser();
    const url = id !== undefined ? await locateComment(id, user) : null;
    if (url) return seeOther(url);
    return await notFoundResponse(user, request.nextUrl.pathname, commentNotFoundBody());
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "comment permalink");
    throw e;
  }
}
