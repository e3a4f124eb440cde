import { db } from "@/lib/db";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "reachable" });
  } catch (e) {
    logger.error(
      { event: "health.db-unreachable", error: e instanceof Error ? e.message : String(e) },
      "health check failed",
    );
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
