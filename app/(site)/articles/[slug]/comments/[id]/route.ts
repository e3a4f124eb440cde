import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestThreadPage } from "@/lib/views/cached-pages";
import { threadPage } from "@/lib/views/pages";
import { idParam, parseDiscussionParams } from "@/lib/validation/page-params";

/** A comment's own page: its ancestors above, its replies below (permalinks, "Continue this thread"). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id: rawId } = await params;
  const id = idParam(rawId);
  if (id === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  return servePage({
    where: "thread page",
    path: request.nextUrl.pathname,
    guest: () => guestThreadPage(slug, id, query.sort, query.after),
    forUser: (user) => threadPage({ slug, id, query, user }),
  });
}
