// Verification codes printed on the application and the receipt and looked up on /verify.
// Pure: the submit service draws one; the page and the lookup normalise what a person typed.
import { randomInt } from "node:crypto";

/** 31 letters and digits that cannot be misread for one another (no 0/O, 1/I/L) */
export const VERIFY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const GROUPS = 3;
const GROUP = 4;

/** A new random code, e.g. "7KQ4-MZ2D-H9TW" (59 bits: not guessable, not derived from the case). */
export function newVerifyCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let s = "";
    for (let i = 0; i < GROUP; i++) s += VERIFY_ALPHABET[randomInt(VERIFY_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join("-");
}

/**
 * What a person typed as the stored form ("7kq4 mz2d-h9tw" → "7KQ4-MZ2D-H9TW"), or null when it
 * cannot be a code. Look-alikes are read as the letter or digit the alphabet keeps (O→0 is not in
 * it, so O and 0 stay invalid rather than guessed).
 */
export function normaliseVerifyCode(raw: string): string | null {
  const s = raw.slice(0, 40).toUpperCase().replace(/[\s\-–—_.]/g, "");
  if (s.length !== GROUPS * GROUP) return null;
  for (const ch of s) if (!VERIFY_ALPHABET.includes(ch)) return null;
  return [s.slice(0, 4), s.slice(4, 8), s.slice(8, 12)].join("-");
}
