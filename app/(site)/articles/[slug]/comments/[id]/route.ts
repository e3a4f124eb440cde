import { DEFAULT_SORT } from "@/lib/comments/sort";
import { serveGuestPage } from "@/lib/http/serve-guest-page";
import { guestCommentPage } from "@/lib/views/cached-pages";
import { idParam, slugParam } from "@/lib/validation/page-params";

/**
 * A comment's own page (permalinks, "Continue this thread") as every guest sees it
 * (route-cached; see serveGuestPage). Signed-in readers and other pages go to ./live (a rewrite in next.config.js).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug: rawSlug, id: rawId } = await params;
  const slug = slugParam(rawSlug);
  const id = idParam(rawId);
  return serveGuestPage(
    "thread page",
    slug && id !== undefined ? () => guestCommentPage({ kind: "article", slug }, id, DEFAULT_SORT, undefined) : null,
  );
}

// See ../../route.ts: a placeholder so the build needs no database.
export function generateStaticParams() {
  return [{ slug: "_", id: "0" }];
}
