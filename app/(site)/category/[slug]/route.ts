import type { NextRequest } from "next/server";
import { notFoundResponse, servePage } from "@/lib/http/serve-page";
import { guestCategoryPage } from "@/lib/views/cached-pages";
import { categoryPage } from "@/lib/views/pages";
import { slugParam } from "@/lib/validation/page-params";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugParam((await params).slug);
  if (slug === undefined) return notFoundResponse(null, request.nextUrl.pathname);
  return servePage({
    where: "category page",
    path: request.nextUrl.pathname,
    guest: () => guestCategoryPage(slug),
    forUser: () => categoryPage(slug),
  });
}
