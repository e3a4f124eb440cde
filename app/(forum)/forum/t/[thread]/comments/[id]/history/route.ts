import type { NextRequest } from "next/server";
import { getCommentHistory } from "@/lib/comments/get-comment-history";
import { serveUncachedPage } from "@/lib/http/serve-page";
import { idParam, threadParam } from "@/lib/validation/page-params";
import { commentHistoryPage } from "@/lib/views/comment-history";

/** Every version of a forum reply, open to all readers (as an article comment's). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ thread: string; id: string }> }) {
  const { thread, id } = await params;
  const threadId = threadParam(thread);
  return serveUncachedPage("history page", request.nextUrl.pathname, async (user) => {
    const owner = threadId === undefined ? undefined : ({ kind: "thread", id: threadId } as const);
    const found = await getCommentHistory(owner, idParam(id), user);
    return found && commentHistoryPage(found.comment, found.revisions);
  });
}
