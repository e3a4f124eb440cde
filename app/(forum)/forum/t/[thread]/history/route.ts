import type { NextRequest } from "next/server";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import { listThreadRevisions } from "@/lib/forum/edit-thread";
import { getThread } from "@/lib/forum/get-thread";
import {
  GUEST_CACHE,
  htmlResponse,
  notFoundResponse,
  PRIVATE_CACHE,
  troubleResponse,
  userDocument,
} from "@/lib/http/serve-page";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { getCurrentUser } from "@/lib/session";
import { threadParam } from "@/lib/validation/page-params";
import { threadHistoryPage } from "@/lib/views/thread-edit";

/** Every version of a thread's opening post (open to all, as a comment's history is). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  const path = request.nextUrl.pathname;
  try {
    const user = await getCurrentUser();
    const [thread, revisions] =
      id === undefined ? [null, []] : await Promise.all([getThread(id), listThreadRevisions(id)]);
    if (!thread) return await notFoundResponse(user, path);
    // Earlier versions as markdown only (mentions are linked in the current text).
    const rendered = revisions.map((r) => ({ ...r, bodyHtml: renderCommentMarkdown(r.body) }));
    const body = threadHistoryPage(thread, rendered);
    return htmlResponse(await userDocument(body, user, path), 200, user ? PRIVATE_CACHE : GUEST_CACHE);
  } catch (e) {
    const t = asServiceError(e);
    if (t instanceof ServiceUnavailableError) return troubleResponse(t, "thread history");
    throw e;
  }
}
