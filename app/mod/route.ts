import type { NextRequest } from "next/server";
import { serveStaffPage } from "@/lib/http/staff-pages";
import { decodeQueueCursor, listQueue } from "@/lib/moderation/list-queue";
import { queuePage } from "@/lib/views/mod-queue";

/** The moderation queue (staff only). */
export async function GET(request: NextRequest) {
  const after = request.nextUrl.searchParams.get("after") ?? undefined;
  const cursor = decodeQueueCursor(after);
  return serveStaffPage({
    where: "moderation queue",
    path: "/mod",
    render: async () => ({ ...queuePage({ ...(await listQueue(cursor)), after: cursor ? after : undefined }) }),
  });
}
