import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestCommentPage } from "@/lib/views/cached-pages";
import { commentPage } from "@/lib/views/pages";
import { idParam, parseDiscussionParams, slugParam } from "@/lib/validation/page-params";

/**
 * A comment's own page for a signed-in reader, or another sort or page of it (next.config.js rewrites
 * those here); guests' views come from the cache.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug: rawSlug, id: rawId } = await params;
  const slug = slugParam(rawSlug);
  const id = idParam(rawId);
  if (id === undefined || slug === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  return servePage({
    where: "thread page",
    path: `/articles/${slug}/comments/${id}`,
    guest: () => guestCommentPage({ kind: "article", slug }, id, query.sort, query.after),
    forUser: (user) => commentPage({ owner: { kind: "article", slug }, id, query, user }),
  });
}
