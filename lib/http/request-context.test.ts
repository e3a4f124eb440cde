import { beforeEach, describe, expect, it, vi } from "vitest";
import { clientIp } from "./request-context";
import { SOCKET_ADDRESS_HEADER, socketAddressStamp } from "./socket-address";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));

beforeEach(() => {
  requestHeaders.current = new Headers();
});

describe("clientIp", () => {
  it("is the socket's address, whatever X-Forwarded-For and X-Real-IP say", async () => {
    const keys = new Set<string>();
    for (const spoof of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "4.4.4.4"]) {
      requestHeaders.current = new Headers({
        [SOCKET_ADDRESS_HEADER]: socketAddressStamp("192.0.2.10"),
        "x-forwarded-for": spoof,
        "x-real-ip": spoof,
      });
      keys.add(await clientIp());
    }
    expect([...keys]).toEqual(["192.0.2.10"]);
  });

  it("does not believe a socket-address header a client made up", async () => {
    requestHeaders.current = new Headers({ [SOCKET_ADDRESS_HEADER]: "guess 1.1.1.1", "x-forwarded-for": "1.1.1.1" });
    expect(await clientIp()).toBe("unknown");
  });
});
