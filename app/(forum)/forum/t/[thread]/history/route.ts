import type { NextRequest } from "next/server";
import { listThreadRevisions } from "@/lib/forum/edit-thread";
import { getThread } from "@/lib/forum/get-thread";
import { serveUncachedPage } from "@/lib/http/serve-page";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { threadParam } from "@/lib/validation/page-params";
import { threadHistoryPage } from "@/lib/views/thread-edit";

/** Every version of a thread's opening post (open to all, as a comment's history is). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  return serveUncachedPage("thread history", request.nextUrl.pathname, async () => {
    if (id === undefined) return null;
    const [thread, revisions] = await Promise.all([getThread(id), listThreadRevisions(id)]);
    if (!thread) return null;
    // Earlier versions as markdown only (mentions are linked in the current text).
    return threadHistoryPage(
      thread,
      revisions.map((r) => ({ ...r, bodyHtml: renderCommentMarkdown(r.body) })),
    );
  });
}
