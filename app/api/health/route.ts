import { connection } from "next/server";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";

/** Health answers within this, whatever the database does (a hung server included). */
const HEALTH_TIMEOUT_MS = 1000;

export async function GET() {
  // Asked at request time, every time: never prerendered or cached.
  await connection();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return Response.json({ status: "ok", database: "reachable" }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    logger.error(
      { event: "health.db-unreachable", error: e instanceof Error ? e.message : String(e) },
      "health check failed",
    );
    return Response.json(
      { status: "error", database: "unreachable" },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  } finally {
    clearTimeout(timer);
  }
}
