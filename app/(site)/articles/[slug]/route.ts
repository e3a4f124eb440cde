import type { NextRequest } from "next/server";
import { servePage } from "@/lib/http/serve-page";
import { guestArticlePage } from "@/lib/views/cached-pages";
import { articlePage } from "@/lib/views/pages";
import { parseDiscussionParams } from "@/lib/validation/page-params";

/** An article and its discussion (plain HTML, see lib/views; cached for guests). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  return servePage({
    where: "article page",
    path: request.nextUrl.pathname,
    guest: () => guestArticlePage(slug, query.sort, query.after),
    forUser: (user) => articlePage({ slug, query, user }),
  });
}
