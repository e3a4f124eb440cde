import type { NextRequest } from "next/server";
import { getProfile, listProfileComments, listProfileThreads } from "@/lib/accounts/get-profile";
import { serveUncachedPage } from "@/lib/http/serve-page";
import { profilePage } from "@/lib/views/profile";

/**
 * A member's page, as plain HTML like the pages around it (a React page here answered an
 * unknown member with an empty 200 document when JavaScript was off): `?tab=threads`, and
 * `?before={id}` to page back.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const sp = request.nextUrl.searchParams;
  const tab = sp.get("tab") === "threads" ? "threads" : "comments";
  const before = /^\d{1,10}$/.test(sp.get("before") ?? "") ? Number(sp.get("before")) : undefined;
  return serveUncachedPage("member page", request.nextUrl.pathname, async () => {
    const user = /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? await getProfile(raw) : null;
    if (!user) return null;
    return tab === "threads"
      ? profilePage(user, { tab, list: await listProfileThreads(user.id, before), before })
      : profilePage(user, { tab, list: await listProfileComments(user.id, before), before });
  });
}
