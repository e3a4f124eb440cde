import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestArticlePage } from "@/lib/views/cached-pages";
import { articlePage } from "@/lib/views/pages";
import { parseDiscussionParams, slugParam } from "@/lib/validation/page-params";

/**
 * An article and its discussion for a signed-in reader, or another sort or page of it
 * (next.config.js rewrites those here from /articles/{slug}); guests' views come from the cache.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugParam((await params).slug);
  if (slug === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  return servePage({
    where: "article page",
    path: `/articles/${slug}`,
    guest: () => guestArticlePage(slug, query.sort, query.after),
    forUser: (user) => articlePage({ slug, query, user }),
  });
}
