import type { NextRequest } from "next/server";
import { serveStaffPage } from "@/lib/http/staff-pages";
import { listLog, listStaff, logFilterSchema } from "@/lib/moderation/list-log";
import { logPage } from "@/lib/views/mod-log";

/** The moderation log (staff only). */
export async function GET(request: NextRequest) {
  const filter = logFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  return serveStaffPage({
    where: "moderation log",
    path: "/mod/log",
    render: async (user) => {
      const [{ entries, next }, staff] = await Promise.all([listLog(user, filter), listStaff()]);
      return logPage({ entries, next, filter, staff });
    },
  });
}
