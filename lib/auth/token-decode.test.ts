import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeToken } from "./token-decode";

const SECRET = "test-secret-0123456789abcdef0123456789";

describe("decodeToken (next-auth's decode with the key derived once)", () => {
  afterEach(() => void vi.useRealTimers());

  it("reads what next-auth encodes, every time, with the same payload", async () => {
    const token = await encode({ token: { uid: "u1", sid: "s1", sv: 3 }, secret: SECRET, maxAge: 60 });
    for (let i = 0; i < 3; i++) {
      const p = await decodeToken!({ token, secret: SECRET });
      expect(p).toMatchObject({ uid: "u1", sid: "s1", sv: 3 });
    }
  });

  it("refuses a token of another secret, a changed token and an expired one", async () => {
    const token = await encode({ token: { uid: "u1" }, secret: SECRET, maxAge: 60 });
    await expect(decodeToken!({ token, secret: SECRET + "x" })).rejects.toThrow();
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    await expect(decodeToken!({ token: parts.join("."), secret: SECRET })).rejects.toThrow();
    const expired = await encode({ token: { uid: "u1" }, secret: SECRET, maxAge: -60 });
    await expect(decodeToken!({ token: expired, secret: SECRET })).rejects.toThrow();
  });

  it("refuses a token it has read before once it has expired, and a kept payload cannot be changed by a caller", async () => {
    const token = await encode({ token: { uid: "u2", sid: "s2", sv: 1 }, secret: SECRET, maxAge: 60 });
    const first = await decodeToken!({ token, secret: SECRET });
    first!.uid = "someone-else";
    expect(await decodeToken!({ token, secret: SECRET })).toMatchObject({ uid: "u2", sid: "s2" });
    // the same token under another secret is not read from what was kept
    await expect(decodeToken!({ token, secret: SECRET + "y" })).rejects.toThrow();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60_000 + 10_000); // within the 15 s of tolerance
    expect(await decodeToken!({ token, secret: SECRET })).toMatchObject({ uid: "u2" });
    vi.setSystemTime(Date.now() + 10_000); // past it
    await expect(decodeToken!({ token, secret: SECRET })).rejects.toThrow();
  });

  it("gives null for no token", async () => {
    expect(await decodeToken!({ token: undefined, secret: SECRET })).toBeNull();
  });
});
