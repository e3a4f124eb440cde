import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";
import { entryFromRight, forwardedEntries } from "./forwarded";

const socketAddress = "203.0.113.7";

describe("clientIpFrom", () => {
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    const honest = clientIpFrom({ socketAddress, forwardedFor: null }, 0);
    expect(honest).toBe(socketAddress);
    for (const spoofed of ["1.2.3.4", "1.2.3.4, 5.6.7.8", `${socketAddress}, 9.9.9.9`, "", "garbage"]) {
      expect(clientIpFrom({ socketAddress, forwardedFor: spoofed }, 0)).toBe(honest);
    }
  });

  it("takes the entry as many hops from the right as there are trusted proxies", () => {
    // Client 198.51.100.1 sent a made-up entry; proxy A appended the client, proxy B appended A.
    const forwardedFor = "6.6.6.6, 198.51.100.1, 10.0.0.1";
    expect(clientIpFrom({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.1" }, 1)).toBe("198.51.100.1");
    expect(clientIpFrom({ socketAddress: "10.0.0.2", forwardedFor }, 2)).toBe("198.51.100.1");
    // What the client puts on the left never moves the key.
    expect(clientIpFrom({ socketAddress: "10.0.0.2", forwardedFor: "7.7.7.7, 8.8.8.8, 198.51.100.1" }, 1)).toBe(
      "198.51.100.1",
    );
  });

  it("falls back to the socket when a trusted proxy sent no list, and to nothing without either", () => {
    expect(clientIpFrom({ socketAddress, forwardedFor: undefined }, 1)).toBe(socketAddress);
    expect(clientIpFrom({ socketAddress: undefined, forwardedFor: "1.2.3.4" }, 0)).toBeUndefined();
  });

  it("keeps keys short whatever a list holds", () => {
    expect(clientIpFrom({ socketAddress, forwardedFor: "x".repeat(10_000) }, 1)?.length).toBeLessThanOrEqual(64);
  });
});

describe("forwarded lists", () => {
  it("splits and trims, skipping blanks", () => {
    expect(forwardedEntries(" a ,b,, c ")).toEqual(["a", "b", "c"]);
    expect(forwardedEntries(null)).toEqual([]);
  });
  it("counts hops from the right and clamps to the leftmost", () => {
    expect(entryFromRight(["a", "b", "c"], 1)).toBe("c");
    expect(entryFromRight(["a", "b", "c"], 3)).toBe("a");
    expect(entryFromRight(["a", "b", "c"], 5)).toBe("a");
    expect(entryFromRight(["a"], 0)).toBeUndefined();
    expect(entryFromRight([], 1)).toBeUndefined();
  });
});
