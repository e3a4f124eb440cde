import { DEFAULT_SORT } from "@/lib/comments/sort";
import { serveGuestPage } from "@/lib/http/serve-guest-page";
import { guestCommentPage } from "@/lib/views/cached-pages";
import { idParam, threadParam } from "@/lib/validation/page-params";

/** A reply's own page in a forum thread (permalinks, "Continue this thread"), as every guest sees it. */
export async function GET(_request: Request, { params }: { params: Promise<{ thread: string; id: string }> }) {
  const { thread, id: rawId } = await params;
  const threadId = threadParam(thread);
  const id = idParam(rawId);
  return serveGuestPage(
    "forum reply page",
    threadId !== undefined && id !== undefined
      ? () => guestCommentPage({ kind: "thread", id: threadId }, id, DEFAULT_SORT, undefined)
      : null,
  );
}

export function generateStaticParams() {
  return [{ thread: "_", id: "0" }];
}
