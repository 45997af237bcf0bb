import { describe, expect, it } from "vitest";
import { parseTrustedHops, resolveClientAddress } from "../../server/client-address.mjs";

describe("resolveClientAddress: the address the limits count", () => {
  it("without trusted proxies it is the socket's peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("10.1.2.3", undefined, 0)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "198.51.100.9", 0)).toBe("10.1.2.3");
    expect(resolveClientAddress("::ffff:10.1.2.3", "1.1.1.1, 2.2.2.2", 0)).toBe("10.1.2.3");
  });

  it("behind N trusted proxies it is the Nth X-Forwarded-For entry from the right", () => {
    // the client forged "6.6.6.6"; our proxy appended the address it saw (203.0.113.5)
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(resolveClientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.5"], 1)).toBe("203.0.113.5");
    // fewer entries than hops (a misconfigured proxy): the leftmost
    expect(resolveClientAddress("127.0.0.1", "203.0.113.5", 3)).toBe("203.0.113.5");
    expect(resolveClientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
  });

  it("TRUSTED_PROXY_HOPS is a whole number from 0 to 10 (default 0)", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "eleven", "11", " 1"]) expect(() => parseTrustedHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
