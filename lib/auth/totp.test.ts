// TOTP verification window, replay and recovery codes (ADR 022).
import { describe, expect, it } from "vitest";
import { codeAt, hashRecoveryCode, isTotpCode, matchRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri, PERIOD_S, stepAt } from "./totp";

// RFC 6238 appendix B: the SHA-1 test key "12345678901234567890", 8-digit code 94287082 at T=59 s
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const T0 = 1_700_000_000_000; // a fixed moment
const step0 = stepAt(T0);

describe("TOTP codes", () => {
  it("match RFC 6238's SHA-1 vector (its last six digits)", () => {
    expect(codeAt(RFC_SECRET, stepAt(59_000))).toBe("287082");
    expect(codeAt(RFC_SECRET, stepAt(1_111_111_109_000))).toBe("081804");
  });

  it("are accepted one step either side of the server's clock, not two", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    for (const d of [-1, 0, 1]) expect(matchTotp(secret, codeAt(secret, step0 + d), 0, T0)).toBe(step0 + d);
    for (const d of [-2, 2]) {
      const code = codeAt(secret, step0 + d);
      // a code of a step two away may by chance equal one in the window; then it is that step's code
      const inWindow = [-1, 0, 1].some((w) => codeAt(secret, step0 + w) === code);
      expect(matchTotp(secret, code, 0, T0) === null).toBe(!inWindow);
    }
  });

  it("are never accepted twice: only steps after the last accepted one count", () => {
    const secret = newTotpSecret();
    const code = codeAt(secret, step0);
    expect(matchTotp(secret, code, step0 - 1, T0)).toBe(step0);
    expect(matchTotp(secret, code, step0, T0)).toBeNull();
    // the previous step's code is refused once a later one was used
    expect(matchTotp(secret, codeAt(secret, step0 - 1), step0, T0)).toBeNull();
    expect(matchTotp(secret, codeAt(secret, step0 + 1), step0, T0)).toBe(step0 + 1);
  });

  it("refuse anything that is not six digits, and a code of another secret", () => {
    const secret = newTotpSecret();
    const code = codeAt(secret, step0);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) expect(matchTotp(secret, bad, 0, T0)).toBeNull();
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, 0, T0)).toBe(step0); // as apps show it
    const other = newTotpSecret();
    expect(matchTotp(other, codeAt(secret, step0), 0, T0) === null || codeAt(other, step0) === code).toBe(true);
    expect(isTotpCode("123 456")).toBe(true);
    expect(isTotpCode("abcde-23456")).toBe(false);
  });

  it("steps are 30 seconds", () => {
    expect(PERIOD_S).toBe(30);
    expect(stepAt(29_999)).toBe(0);
    expect(stepAt(30_000)).toBe(1);
  });

  it("the QR payload is an otpauth URI with the secret, issuer and account", () => {
    const uri = otpauthUri(RFC_SECRET, "reviewer@example.com");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(decodeURIComponent(uri)).toContain("reviewer@example.com");
    expect(uri).toContain("period=30");
  });
});

describe("recovery codes", () => {
  it("ten different codes of 50 bits, written xxxxx-xxxxx without look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it("match their stored hash however they are typed, and nothing else", () => {
    const codes = newRecoveryCodes(3);
    const hashes = codes.map(hashRecoveryCode);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).not.toContain(codes[0].replace("-", ""));
    expect(matchRecoveryCode(codes[1], hashes)).toBe(1);
    expect(matchRecoveryCode(` ${codes[2].toUpperCase().replace("-", " ")} `, hashes)).toBe(2);
    expect(matchRecoveryCode(codes[2].replace("-", ""), hashes)).toBe(2);
    expect(matchRecoveryCode("aaaaa-bbbbb", hashes)).toBe(-1);
    expect(matchRecoveryCode(codes[0], [])).toBe(-1);
  });
});
