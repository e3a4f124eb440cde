import type { NextRequest } from "next/server";
import { decodeThreadCursor, encodeThreadCursor } from "@/lib/forum/list-threads";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestForumCategoryPage } from "@/lib/views/cached-pages";
import { forumCategoryPage } from "@/lib/views/forum-pages";
import { slugParam } from "@/lib/validation/page-params";

/** A category's threads by latest activity, pinned first; `?after=` pages by cursor. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ category: string }> }) {
  const slug = slugParam((await params).category);
  if (slug === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  // Only a well-formed cursor names a page (anything else is the first): one cache entry per page.
  const cursor = decodeThreadCursor(request.nextUrl.searchParams.get("after") ?? undefined);
  const after = cursor ? encodeThreadCursor({ lastActivityAt: cursor.at, id: cursor.id }) : undefined;
  return servePage({
    where: "forum category",
    path: `/forum/${slug}`,
    guest: () => guestForumCategoryPage(slug, after),
    forUser: (user) => forumCategoryPage(slug, after, user),
  });
}
