import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeToken } from "./token-decode";

const SECRET = "test-secret-0123456789abcdef0123456789";

describe("decodeToken (next-auth's decode with the key derived once)", () => {
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

  it("gives null for no token", async () => {
    expect(await decodeToken!({ token: undefined, secret: SECRET })).toBeNull();
  });
});
