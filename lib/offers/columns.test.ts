import { describe, expect, it } from "vitest";
import { importSpec, matchHeaders, parseCell, rowFacts } from "./columns";

const spec = importSpec("c17-hte-growth")!;
const field = (measure: string, name: string) => importSpec(measure)!.measure.fields.find((f) => f.name === name)!;

describe("免申即享 list columns", () => {
  it("c17: credit code, name and the facts the list does not state itself", () => {
    expect(spec.columns.map((c) => c.key)).toEqual(["creditCode", "name", "salesY1Fen", "salesY2Fen", "salesY3Fen", "eventDate"]);
    expect(spec.implied).toEqual({ certifiedThisYear: true });
    expect(spec.subject({ eventDate: "2026-11-20" })).toBe("2026年度高新技术企业认定");
    expect(importSpec("c99-nothing")).toBeNull();
  });

  it("headers by Chinese label, fact name or English label; a missing required column is named", () => {
    const ok = matchHeaders(spec, ["统一社会信用代码", "单位名称", "近3年第1年销售收入（最早一年）（元）", "salesY2Fen", "Sales revenue, year 3 (most recent) (yuan)", " 高新技术企业认定日期（证书发证日期） "]);
    expect(ok.missing).toEqual([]);
    expect(ok.index).toMatchObject({ creditCode: 0, salesY2Fen: 3, eventDate: 5 });
    expect(matchHeaders(spec, ["统一社会信用代码", "salesY1Fen"]).missing.map((c) => c.key)).toEqual(["salesY2Fen", "salesY3Fen", "eventDate"]);
  });

  it("cells: money in yuan or 万, dates as Excel dates or text, yes/no, choices by label", () => {
    const money = field("c17-hte-growth", "salesY1Fen");
    expect(parseCell(money, 12345.67)).toBe(1_234_567);
    expect(parseCell(money, "800万")).toBe(800_000_000);
    expect(parseCell(money, "-5")).toBeUndefined();
    expect(parseCell(money, "abc")).toBeUndefined();
    const date = field("c17-hte-growth", "eventDate");
    expect(parseCell(date, new Date(Date.UTC(2026, 10, 20)))).toBe("2026-11-20");
    expect(parseCell(date, "2026年11月2日")).toBe("2026-11-02");
    expect(parseCell(date, "2026-02-30")).toBeUndefined();
    expect(parseCell(field("c17-hte-growth", "certifiedThisYear"), "是")).toBe(true);
    expect(parseCell(field("c13-event-host", "eventLevel"), "国家级")).toBe(parseCell(field("c13-event-host", "eventLevel"), "national"));
  });

  it("a row's facts, with every unreadable or missing field named", () => {
    const good = rowFacts(spec, { creditCode: "x", salesY1Fen: 100_000, salesY2Fen: 110_000, salesY3Fen: 130_000, eventDate: "2026-11-20" });
    expect(good.bad).toEqual([]);
    expect(good.facts).toEqual({ certifiedThisYear: true, salesY1Fen: 10_000_000, salesY2Fen: 11_000_000, salesY3Fen: 13_000_000, eventDate: "2026-11-20" });
    const bad = rowFacts(spec, { creditCode: "x", salesY1Fen: "很多", salesY2Fen: null, salesY3Fen: 1, eventDate: "2026-11-20" });
    expect(bad.bad.map((f) => f.name)).toEqual(["salesY1Fen", "salesY2Fen"]);
  });
});
