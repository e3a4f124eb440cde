import type { NextRequest } from "next/server";
import { serveStaffPage } from "@/lib/http/staff-pages";
import { userIdParam } from "@/lib/validation/moderation-users";
import { modUserPage, modUserPath } from "@/lib/views/mod-user";

/** A user's moderation record, with the Suspend / Ban, Lift and Role forms (staff only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const userId = userIdParam((await params).id);
  return serveStaffPage({
    where: "moderation user page",
    path: userId ? modUserPath(userId) : request.nextUrl.pathname,
    render: async (viewer) => (userId ? modUserPage({ userId, viewer }) : null),
  });
}
