import { describe, expect, it, vi } from "vitest";
import { passwordSchema } from "./password-policy";

vi.mock("server-only", () => ({}));

const codes = (p: string) => (passwordSchema.safeParse(p).error?.issues ?? []).map((i) => i.message);

describe("password rules", () => {
  it("wants at least 10 characters with letters and digits", () => {
    expect(codes("Ab1")).toContain("password_short");
    expect(codes("abcdefghijk")).toEqual(["password_weak"]);
    expect(codes("12345678901")).toEqual(["password_weak"]);
    expect(codes("x".repeat(101) + "1")).toContain("too_long");
    expect(codes("Weihai@2026")).toEqual([]);
  });

  it("refuses passwords on the shipped list, ignoring case, and lets others through", async () => {
    const { isCommonPassword, rejectCommonPassword } = await import("./common-passwords");
    for (const p of ["password123", "PASSWORD123", "1qaz2wsx3edc", "qwertyuiop"]) expect(isCommonPassword(p), p).toBe(true);
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("Weihai@2026")).toBe(false);
    expect(isCommonPassword("Brand-new-2026y")).toBe(false);
    expect(() => rejectCommonPassword("iloveyou12", "newPassword")).toThrow(expect.objectContaining({ code: "validation", fieldErrors: { newPassword: "password_common" } }));
  });
});
