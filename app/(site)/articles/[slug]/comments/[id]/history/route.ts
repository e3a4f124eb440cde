import type { NextRequest } from "next/server";
import { getCommentHistory } from "@/lib/comments/get-comment-history";
import { serveUncachedPage } from "@/lib/http/serve-page";
import { idParam, slugParam } from "@/lib/validation/page-params";
import { commentHistoryPage } from "@/lib/views/comment-history";

/** Every version of an article comment, open to all who may read its discussion. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const article = slugParam(slug);
  return serveUncachedPage("history page", request.nextUrl.pathname, async (user) => {
    const found = await getCommentHistory(article ? { kind: "article", slug: article } : undefined, idParam(id), user);
    return found && commentHistoryPage(found.comment, found.revisions);
  });
}
