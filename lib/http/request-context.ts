import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { clientIpFrom } from "./client-ip";
import { readSocketAddress, SOCKET_ADDRESS_HEADER, socketAddressStampInstalled } from "./socket-address";

const madeIds = new WeakMap<object, string>();

/**
 * The id proxy.ts gave this request (or, for the routes it does not run for, one made here
 * once per request); every log line about the request carries it.
 */
export async function requestId(): Promise<string> {
  const h = await headers();
  const given = h.get("x-request-id");
  if (given) return given;
  let id = madeIds.get(h);
  if (!id) madeIds.set(h, (id = crypto.randomUUID()));
  return id;
}

export async function requestLogger() {
  return logger.child({ requestId: await requestId() });
}

let warnedNoStamp = false;

/**
 * The client's address for rate limits: the socket's peer, or with TRUSTED_PROXIES set the
 * address the outermost trusted proxy saw. Never a header the client alone wrote.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const socketAddress = readSocketAddress(h.get(SOCKET_ADDRESS_HEADER));
  const trustedProxies = env().TRUSTED_PROXIES;
  if (!socketAddress && trustedProxies === 0 && !warnedNoStamp && !socketAddressStampInstalled()) {
    // Every such request shares one rate-limit bucket: loud, but never spoofable.
    warnedNoStamp = true;
    logger.error({ event: "client-ip.no-socket-address" }, "socket address stamp not installed (instrumentation.ts)");
  }
  return clientIpFrom({ socketAddress, forwardedFor: h.get("x-forwarded-for") }, trustedProxies) ?? "unknown";
}
