import { DEFAULT_SORT } from "@/lib/comments/sort";
import { serveGuestPage } from "@/lib/http/serve-guest-page";
import { guestArticlePage } from "@/lib/views/cached-pages";
import { slugParam } from "@/lib/validation/page-params";

/**
 * An article and its discussion as every guest sees it (route-cached; see serveGuestPage).
 * Signed-in readers and other sorts or pages go to ./live (a rewrite in next.config.js).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugParam((await params).slug);
  return serveGuestPage("article page", slug ? () => guestArticlePage(slug, DEFAULT_SORT, undefined) : null);
}

// Route-cached on demand, per slug, on first request; this placeholder only lets the build
// prerender without a database ("_" is not a slug, so it is a cached 404).
export function generateStaticParams() {
  return [{ slug: "_" }];
}
