import { NextResponse, type NextRequest } from "next/server";
import { locateComment } from "@/lib/comments/locate-comment";

/** Stable permalink for a comment wherever it sits: redirects to the page that shows it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const url = Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? await locateComment(id) : null;
  if (!url) return new NextResponse("Comment not found", { status: 404 });
  return NextResponse.redirect(new URL(url, request.nextUrl.origin), 303);
}
