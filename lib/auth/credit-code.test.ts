import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem } from "./credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each([
    "91350100M000100Y43", // the standard's own example
    "914403001922038216", // Huawei Technologies
    "91110000802100433B",
    "91330100716105852F",
    "9144030071526726XG",
    "12371000495571000F",
    "91371000MA3C8QXK09",
  ])("accepts %s", (code) => expect(creditCodeProblem(code)).toBeNull());

  it("accepts lower case and surrounding spaces", () => {
    expect(creditCodeProblem("  91350100m000100y43 ")).toBeNull();
  });

  it.each([
    ["91350100M000100Y44", "check_digit"],
    ["914403001922038217", "check_digit"],
    ["91110000802100433C", "check_digit"],
    ["91350100M000100Y4", "length"],
    ["91350100M000100Y433", "length"],
    ["", "length"],
    ["91350100M000100YI3", "characters"],
    ["91350100M000100O43", "characters"],
    ["91350100M00010-Y43", "characters"],
  ])("rejects %s (%s)", (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it("computes the check character", () => {
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckChar("9135010IM000100Y4")).toBeNull();
  });
});
