import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestCommentPage } from "@/lib/views/cached-pages";
import { commentPage } from "@/lib/views/pages";
import { idParam, parseDiscussionParams, threadParam } from "@/lib/validation/page-params";

/** A reply's own page for a signed-in reader, or another sort or page of it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ thread: string; id: string }> }) {
  const { thread, id: rawId } = await params;
  const threadId = threadParam(thread);
  const id = idParam(rawId);
  if (threadId === undefined || id === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  const query = parseDiscussionParams(Object.fromEntries(request.nextUrl.searchParams));
  const owner = { kind: "thread", id: threadId } as const;
  return servePage({
    where: "forum reply page",
    path: request.nextUrl.pathname.replace(/\/live$/, ""),
    guest: () => guestCommentPage(owner, id, query.sort, query.after),
    forUser: (user) => commentPage({ owner, id, query, user }),
  });
}
