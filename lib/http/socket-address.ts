import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";

/*
 * Route handlers and server actions never see the socket. Next's server copies its address into
 * `x-forwarded-for` only when the request has no such header (`??=` in
 * next/dist/server/base-server.js), so a client that sends its own hides its address from the
 * app. instrumentation.ts therefore stamps every incoming request, before Next reads it, with
 * the socket address in a header of ours. The stamp carries a per-process secret: a client
 * cannot forge it, not even on a request that arrived before the stamp was installed.
 */
export const SOCKET_ADDRESS_HEADER = "x-reex-socket-address";

type StampState = { secret: string; installed: boolean };

// On globalThis: instrumentation and the route bundles are separate module graphs.
const g = globalThis as unknown as { reexSocketAddressStamp?: StampState };

function state(): StampState {
  g.reexSocketAddressStamp ??= { secret: crypto.randomBytes(16).toString("hex"), installed: false };
  return g.reexSocketAddressStamp;
}

/** The header value that says "this request came from `address`". */
export function socketAddressStamp(address: string): string {
  return `${state().secret} ${address}`;
}

/** The stamped socket address, or undefined when the header is missing or forged. */
export function readSocketAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const space = value.indexOf(" ");
  const given = Buffer.from(value.slice(0, Math.max(space, 0)));
  const secret = Buffer.from(state().secret);
  if (given.length !== secret.length || !crypto.timingSafeEqual(given, secret)) return undefined;
  return value.slice(space + 1) || undefined;
}

export function socketAddressStampInstalled(): boolean {
  return state().installed;
}

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
type EmitterPrototype = { emit: Emit };

// Next creates its server before instrumentation runs, so the hook goes on the prototypes:
// every request event of an http(s) server passes through `emit`.
function wrapEmit(proto: EmitterPrototype): () => void {
  const hadOwn = Object.hasOwn(proto, "emit");
  const original = proto.emit;
  proto.emit = function (event, ...args) {
    const req = args[0];
    if (req instanceof http.IncomingMessage) {
      req.headers[SOCKET_ADDRESS_HEADER] = socketAddressStamp(req.socket.remoteAddress ?? "");
    }
    return original.call(this, event, ...args);
  };
  return () => {
    if (hadOwn) proto.emit = original;
    else Reflect.deleteProperty(proto, "emit");
  };
}

/** Stamps every request this process receives from now on; returns the undo (for tests). */
export function installSocketAddressStamp(): () => void {
  const s = state();
  if (s.installed) return () => {};
  const undo = [http.Server.prototype, https.Server.prototype].map((p) => wrapEmit(p as unknown as EmitterPrototype));
  s.installed = true;
  return () => {
    for (const u of undo) u();
    s.installed = false;
  };
}
