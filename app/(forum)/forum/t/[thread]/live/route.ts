import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestForumThreadPage } from "@/lib/views/cached-pages";
import { forumThreadPage } from "@/lib/views/forum-pages";
import { parseDiscussionParams, threadParam } from "@/lib/validation/page-params";

/** A forum thread for a signed-in reader, or another sort or page of it (rewritten here by next.config.js). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ thread: string }> }) {
  const id = threadParam((await params).thread);
  if (id === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  return servePage({
    where: "forum thread",
    path: `/forum/t/${id}`,
    guest: () => guestForumThreadPage(id, query.sort, query.after),
    forUser: (user) => forumThreadPage({ id, query, user }),
  });
}
