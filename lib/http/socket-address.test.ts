import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  installSocketAddressStamp,
  readSocketAddress,
  SOCKET_ADDRESS_HEADER,
  socketAddressStamp,
} from "./socket-address";

let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
});

/** Sends one request with `headers` and returns the headers the server's listener saw. */
async function seenByServer(server: http.Server, headers: Record<string, string>) {
  const seen = new Promise<http.IncomingHttpHeaders>((resolve) => {
    server.once("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
      resolve({ ...req.headers });
      res.end("ok");
    });
  });
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}/`, { headers });
  return seen;
}

describe("socket address stamp", () => {
  it("tells the app the socket's address even when the client sends its own headers", async () => {
    // Created before the stamp is installed, as Next creates its server before instrumentation.
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const forged = { "x-forwarded-for": "6.6.6.6", [SOCKET_ADDRESS_HEADER]: "0123 6.6.6.6" };

      const before = await seenByServer(server, forged);
      expect(readSocketAddress(before[SOCKET_ADDRESS_HEADER] as string)).toBeUndefined();

      undo = installSocketAddressStamp();
      const after = await seenByServer(server, forged);
      expect(readSocketAddress(after[SOCKET_ADDRESS_HEADER] as string)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      // X-Forwarded-For is left as it came: only the app's own header is trusted.
      expect(after["x-forwarded-for"]).toBe("6.6.6.6");
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it("refuses a stamp without this process's secret", () => {
    expect(readSocketAddress(socketAddressStamp("192.0.2.1"))).toBe("192.0.2.1");
    expect(readSocketAddress("192.0.2.1")).toBeUndefined();
    expect(readSocketAddress(`not-the-secret-at-all-0123456789 192.0.2.1`)).toBeUndefined();
    expect(readSocketAddress(null)).toBeUndefined();
  });
});
