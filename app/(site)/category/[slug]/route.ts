import type { NextRequest } from "next/server";
import { servePage } from "@/lib/http/serve-page";
import { guestCategoryPage } from "@/lib/views/cached-pages";
import { categoryPage } from "@/lib/views/pages";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return servePage({
    where: "category page",
    path: request.nextUrl.pathname,
    guest: () => guestCategoryPage(slug),
    forUser: () => categoryPage(slug),
  });
}
