import { describe, expect, it } from "vitest";
import { newVerifyCode, normaliseVerifyCode, VERIFY_ALPHABET } from "./verify-code";

describe("verification codes", () => {
  it("are three groups of four from the unambiguous alphabet, and differ", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newVerifyCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(VERIFY_ALPHABET).toHaveLength(31);
    expect(VERIFY_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it("normalise what a person types and refuse what cannot be a code", () => {
    expect(normaliseVerifyCode(" 7kq4 mz2d-h9tw ")).toBe("7KQ4-MZ2D-H9TW");
    expect(normaliseVerifyCode("7KQ4MZ2DH9TW")).toBe("7KQ4-MZ2D-H9TW");
    expect(normaliseVerifyCode("7KQ4-MZ2D-H9T")).toBeNull();
    expect(normaliseVerifyCode("7KQ4-MZ2D-H9T0")).toBeNull(); // 0 is not in the alphabet
    expect(normaliseVerifyCode("WH-2026-C09-000001")).toBeNull();
    expect(normaliseVerifyCode("' OR 1=1 --")).toBeNull();
    expect(normaliseVerifyCode("x".repeat(10_000))).toBeNull();
  });
});
