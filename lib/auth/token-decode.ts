import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTOptions } from "next-auth/jwt";

/**
 * next-auth's decode with the encryption key derived once per secret: next-auth derives it (HKDF)
 * for every request it decodes, a fifth of a millisecond each (ADR 027). Same key, same checks.
 *
 * A token already decrypted is not decrypted again: a browser sends the same cookie with every
 * request, and each decryption (AES-GCM, JSON) cost ~0.15 ms of the server's one thread. What is
 * kept is only what a successful decryption gave, under the exact token and secret; its expiry is
 * checked on every use as jose checks it (15 s of tolerance). The session behind it is still read
 * from the database on every request (lib/auth/session.ts), so a signed-out session ends at once.
 */
const keys = new Map<string, Uint8Array>();
const CLOCK_TOLERANCE_S = 15;
/** tokens kept, oldest dropped first: a few thousand sessions' worth, ~2 MB */
const KEPT_MAX = 4000;
const kept = new Map<string, { payload: JWT; exp: number | undefined }>();

export const decodeToken: JWTOptions["decode"] = async ({ token, secret }) => {
  if (!token) return null;
  const s = typeof secret === "string" ? secret : String(secret);
  const at = `${s}\u0000${token}`;
  const hit = kept.get(at);
  if (hit) {
    if (hit.exp === undefined || Date.now() / 1000 <= hit.exp + CLOCK_TOLERANCE_S) return { ...hit.payload };
    kept.delete(at); // expired since: decrypting it again throws, as it would have
  }
  let key = keys.get(s);
  if (!key) keys.set(s, (key = new Uint8Array(hkdfSync("sha256", s, "", "NextAuth.js Generated Encryption Key", 32))));
  const payload = (await jwtDecrypt(token, key, { clockTolerance: CLOCK_TOLERANCE_S })).payload as JWT;
  if (kept.size >= KEPT_MAX) kept.delete(kept.keys().next().value!);
  kept.set(at, { payload: { ...payload }, exp: typeof payload.exp === "number" ? payload.exp : undefined });
  return payload;
};
