import type { NextRequest } from "next/server";
import { serveStaffPage } from "@/lib/http/staff-pages";
import { decodeQueueCursor, listQueue, QUEUE_SECTIONS } from "@/lib/moderation/list-queue";
import { queuePage } from "@/lib/views/mod-queue";

/** The moderation queue (staff only); `?reports=`, `?held=` or `?removed=` pages one section. */
export async function GET(request: NextRequest) {
  const sp = request.nextUrl.searchParams;
  const section = QUEUE_SECTIONS.find((s) => decodeQueueCursor(sp.get(s)));
  const cursor = section ? decodeQueueCursor(sp.get(section)) : undefined;
  return serveStaffPage({
    where: "moderation queue",
    path: "/mod",
    render: async (user) =>
      queuePage({
        ...(await listQueue(user, { section, cursor })),
        paging: section ? { section, at: sp.get(section)! } : undefined,
      }),
  });
}
