import "server-only";
import { headers } from "next/headers";
import { logger } from "@/lib/log";

/** The id proxy.ts gave this request; every log line about it carries it. */
export async function requestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? "none";
}

export async function requestLogger() {
  return logger.child({ requestId: await requestId() });
}

/** Client address as seen by the server in front of Next (best effort; used for rate limits). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
