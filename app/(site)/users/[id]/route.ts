import type { NextRequest } from "next/server";
import { getProfile, listProfileComments, listProfileThreads } from "@/lib/accounts/get-profile";
import { asServiceError, ServiceUnavailableError } from "@/lib/db-failures";
import {
  GUEST_CACHE,
  htmlResponse,
  notFoundResponse,
  PRIVATE_CACHE,
  troubleResponse,
  userDocument,
} from "@/lib/http/serve-page";
import { getCurrentUser } from "@/lib/session";
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
  const path = request.nextUrl.pathname;
  try {
    const viewer = await getCurrentUser();
    const id = /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
    const user = id ? await getProfile(id) : null;
    if (!user) return await notFoundResponse(viewer, path);
    const body =
      tab === "threads"
        ? profilePage(user, { tab, list: await listProfileThreads(user.id, before), before })
        : profilePage(user, { tab, list: await listProfileComments(user.id, before), before });
    return htmlResponse(await userDocument(body, viewer, path), 200, viewer ? PRIVATE_CACHE : GUEST_CACHE);
  } catch (e) {
    const trouble = asServiceError(e);
    if (trouble instanceof ServiceUnavailableError) return troubleResponse(trouble, "member page");
    throw e;
  }
}
