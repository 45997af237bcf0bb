// TOTP (RFC 6238: SHA-1, 6 digits, 30 s steps) and recovery codes, pure: no database, no server
// imports, so the unit tests and the e2e fixtures compute the same codes as the server.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export const PERIOD_S = 30;
/** clock skew allowed between the server and the authenticator: one step either way */
export const SKEW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "威海政策兑现";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step a moment falls in. */
export function stepAt(ms: number): number {
  return Math.floor(ms / 1000 / PERIOD_S);
}

/** The code an authenticator shows for `secret` at time step `step`. */
export function codeAt(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * PERIOD_S * 1000 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, account: string): string {
  return new TOTP({ issuer: ISSUER, label: account, secret: Secret.fromBase32(secret) }).toString();
}

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The time step whose code `token` is, within ±SKEW_STEPS of `nowMs` and after `lastStep` (a code
 * once accepted, or an older one, is refused: no replay); null when none. Every candidate is
 * compared, in constant time, so the answer's timing says nothing about which step matched.
 */
export function matchTotp(secret: string, token: string, lastStep: number, nowMs: number): number | null {
  const t = token.replace(/\s/g, "");
  if (!/^\d{6}$/.test(t)) return null;
  const now = stepAt(nowMs);
  let found: number | null = null;
  for (let s = now - SKEW_STEPS; s <= now + SKEW_STEPS; s++) {
    if (equal(codeAt(secret, s), t) && s > lastStep && found === null) found = s;
  }
  return found;
}

// recovery codes: 10 characters of an alphabet without look-alikes (50 bits), shown as xxxxx-xxxxx
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: n }, () => {
    const s = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/** What a person typed, as stored: lower case, without spaces and dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

/** Recovery codes are random (50 bits), so a plain SHA-256 is enough to keep them unreadable at rest. */
export function hashRecoveryCode(input: string): string {
  return createHash("sha256").update(`recovery:${normaliseRecoveryCode(input)}`).digest("hex");
}

/** Index of the stored hash `input` matches, comparing every one in constant time; -1 when none. */
export function matchRecoveryCode(input: string, hashes: string[]): number {
  const h = hashRecoveryCode(input);
  let found = -1;
  hashes.forEach((x, i) => {
    if (equal(x, h) && found < 0) found = i;
  });
  return found;
}

/** A TOTP code has six digits; anything else is taken as a recovery code. */
export function isTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ""));
}
