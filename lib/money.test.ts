import { describe, expect, it } from "vitest";
import { formatCompact, formatMoney, formatWan, formatYuan, parseYuan } from "./money";

describe("parseYuan", () => {
  it.each([
    ["1,234.5", 123_450],
    ["0", 0],
    ["12", 1_200],
    ["¥3.07", 307],
    ["800万", 800_000_000],
    ["800 万元", 800_000_000],
    ["7.5万元", 7_500_000],
    ["0.000001万", 1],
    ["1.2亿", 12_000_000_000],
    ["1.23456789亿元", 12_345_678_900],
    ["1.0000000001亿", 10_000_000_001],
    ["950万", 950_000_000],
    ["12元", 1_200],
  ])("%s is %d fen", (text, fen) => expect(parseYuan(text)).toBe(fen));

  it.each(["", "-5", "1.234", "0.0000001万", "1.00000000001亿", "abc", "5千", "1e5", "万", "1万亿", "99999999999999亿"])("refuses %j", (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  it("round-trips the formatters", () => {
    expect(parseYuan(formatYuan(123_456_789).replace("¥", ""))).toBe(123_456_789);
    expect(parseYuan(formatWan(7_500_000))).toBe(7_500_000);
  });
});

describe("formatCompact: the short amount in the page's language", () => {
  it.each([
    [7_500_000, "7.5万元", "¥75,000"],
    [1_000_000_000, "1000万元", "¥10 million"],
    [12_345_678, "12.35万元", "¥123,456.78"],
    [500_000, "0.5万元", "¥5,000"],
    [0, "0万元", "¥0"],
    [100_000_000, "100万元", "¥1 million"],
    [123_456_789, "123.46万元", "¥1.23 million"],
    [10_000_000_000, "1亿元", "¥100 million"],
    [126_258_031_966, "12.63亿元", "¥1.26 billion"],
    [20_000_000_000_000_000, "200万亿元", "¥200 trillion"], // the ¥2×10¹⁴ budgets of an old demo seed
    [99_999_999_999, "10亿元", "¥1 billion"], // ¥999,999,999.99: 999.99… million rounds up to the next unit
    [9_999_999_999, "1亿元", "¥100 million"],
    [-7_500_000, "-7.5万元", "-¥75,000"],
  ])("%d fen reads %s and %s", (fen, zh, en) => {
    expect(formatCompact(fen, "zh")).toBe(zh);
    expect(formatCompact(fen, "en")).toBe(en);
  });

  it("never puts 万 or 亿 in English, nor million in Chinese", () => {
    for (let fen = 1; fen < 1e17; fen *= 7) {
      expect(formatCompact(fen, "en")).not.toMatch(/[万亿]/);
      expect(formatMoney(fen, "en")).not.toMatch(/[万亿（]/);
      expect(formatCompact(fen, "zh")).toMatch(/[万亿]元$/);
    }
  });

  it("accepts bigint and defaults to Chinese", () => {
    expect(formatCompact(1_000_000_000n)).toBe("1000万元");
  });
});

describe("formatMoney: exact and short side by side", () => {
  it("in Chinese the short amount in full-width brackets", () => {
    expect(formatMoney(123_456_789, "zh")).toBe("¥1,234,567.89（123.46万元）");
    expect(formatMoney(123_456_789)).toBe("¥1,234,567.89（123.46万元）");
  });
  it("in English millions in brackets, nothing repeated below a million", () => {
    expect(formatMoney(123_456_789, "en")).toBe("¥1,234,567.89 (¥1.23 million)");
    expect(formatMoney(7_500_000, "en")).toBe("¥75,000.00");
  });
});
