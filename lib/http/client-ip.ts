import { entryFromRight, forwardedEntries } from "./forwarded";

// Rate-limit keys are kept in memory: a made-up list entry must not make them large.
const MAX_KEY_LENGTH = 64;

export type AddressSources = {
  /** The TCP peer of this process (see socket-address.ts), if known. */
  socketAddress: string | undefined;
  /** X-Forwarded-For as it reached the app. */
  forwardedFor: string | null | undefined;
};

/**
 * The address a request is counted against. Anyone can send X-Forwarded-For, so with no
 * trusted proxy (`trustedProxies` 0) only the socket counts. Behind `trustedProxies` proxies,
 * each appending the address it received the request from, the client is that many hops from
 * the right (the socket itself is hop 0: the nearest proxy).
 */
export function clientIpFrom(
  { socketAddress, forwardedFor }: AddressSources,
  trustedProxies: number,
): string | undefined {
  const address =
    trustedProxies > 0
      ? (entryFromRight(forwardedEntries(forwardedFor), trustedProxies) ?? socketAddress)
      : socketAddress;
  return address?.slice(0, MAX_KEY_LENGTH) || undefined;
}
