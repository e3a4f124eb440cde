import { DEFAULT_SORT } from "@/lib/comments/sort";
import { serveGuestPage } from "@/lib/http/serve-guest-page";
import { guestForumThreadPage } from "@/lib/views/cached-pages";
import { threadParam } from "@/lib/validation/page-params";

/**
 * A forum thread as every guest sees it (route-cached, as an article is; see serveGuestPage).
 * Signed-in readers and other sorts or pages go to ./live (a rewrite in next.config.js).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  return serveGuestPage(
    "forum thread",
    id !== undefined ? () => guestForumThreadPage(id, DEFAULT_SORT, undefined) : null,
  );
}

// Route-cached on demand; this placeholder only lets the build prerender without a database.
export function generateStaticParams() {
  return [{ thread: "_" }];
}
