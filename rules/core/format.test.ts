import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bp, dayEn, dayZh, monthEn, pct, yuan } from "./format";

/** the obvious implementation, to check the table-driven one against */
const reference = (fen: number): string => {
  const a = Math.abs(fen);
  return (fen < 0 ? "-¥" : "¥") + Math.floor(a / 100).toLocaleString("en-US") + "." + String(a % 100).padStart(2, "0");
};

describe("yuan", () => {
  it.each([
    [0, "¥0.00"], [1, "¥0.01"], [99, "¥0.99"], [100, "¥1.00"], [123456789, "¥1,234,567.89"],
    [-1, "-¥0.01"], [100_000_000, "¥1,000,000.00"], [1e15, "¥10,000,000,000,000.00"], [-123456, "-¥1,234.56"], [12.9, "¥0.12"],
  ])("%d fen -> %s", (fen, s) => expect(yuan(fen)).toBe(s));

  it("matches the reference for any safe integer, cached or not", () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e6, max: 1e6 })), (n) => {
      expect(yuan(n)).toBe(reference(n));
      expect(yuan(n)).toBe(reference(n)); // second call comes from the cache
    }), { numRuns: 2000 });
  });

  it("never throws on numbers that are not amounts", () => {
    for (const v of [NaN, Infinity, -Infinity, 1e300, -0]) expect(typeof yuan(v)).toBe("string");
  });
});

describe("pct and bp", () => {
  it("floors percentages to one decimal", () => {
    expect(pct(150, 1000)).toBe("15.0%");
    expect(pct(99999, 1000000)).toBe("9.9%");
    expect(pct(1, 0)).toBe("—");
  });
  it.each([[345, "3.45%"], [300, "3.00%"], [5, "0.05%"], [12345, "123.45%"]])("%d bp -> %s", (v, s) => expect(bp(v)).toBe(s));
});

describe("dates inside reasons", () => {
  it("writes an ISO day as each language does, and leaves anything else alone", () => {
    expect(dayZh("2025-12-31")).toBe("2025年12月31日");
    expect(dayZh("2023-07-03")).toBe("2023年7月3日");
    expect(dayEn("2025-12-31")).toBe("31 Dec 2025");
    expect(dayEn("2028-07-12")).toBe("12 Jul 2028");
    expect(monthEn("2026-01")).toBe("Jan 2026");
    expect(dayZh("not a date")).toBe("not a date");
    expect(dayEn("")).toBe("");
  });
});
