import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c17-hte-growth";
const base = {
  certifiedThisYear: true, salesY1Fen: 1_000_000_000, salesY2Fen: 1_150_000_000, salesY3Fen: 1_300_000_000,
  eventDate: "2024-12-05",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const growthZh = (d: ReturnType<typeof run>) => d.reasons.find((r) => r.code === "growth_10pct")?.zh;
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 5_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("fixed ¥50,000 when certified this year and compound growth ≥ 10%", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 5_000_000, fixed: true });
    // √1.3 = 1.1401…
    expect(growthZh(d)).toContain("14.0%");
    expect(d.trace.find((t) => t.step === "growth_check")?.result).toBe(true);
  });
  it("Y3 = 1.21 × Y1 exactly is 10% compound growth and passes (含)", () => {
    const d = run({ salesY1Fen: 100_000_000, salesY3Fen: 121_000_000 });
    expect(d).toMatchObject({ eligible: true, ceilingFen: 5_000_000 });
    expect(growthZh(d)).toContain("10.0%");
  });
  it("1 fen under 1.21 × Y1 fails", () => {
    const d = run({ salesY1Fen: 100_000_000, salesY3Fen: 120_999_999 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["growth_10pct"]);
    expect(growthZh(d)).toContain("9.9%");
  });
  it("is exact for amounts past 2^53 after scaling", () => {
    expect(run({ salesY1Fen: 100_000_000_000_000, salesY3Fen: 121_000_000_000_000 }).eligible).toBe(true);
    expect(failing(run({ salesY1Fen: 100_000_000_000_000, salesY3Fen: 120_999_999_999_999 }))).toEqual(["growth_10pct"]);
  });
  it("uses the compound rate over two years, not Y3/Y2: Y2 does not matter", () => {
    expect(run({ salesY2Fen: 0 }).eligible).toBe(true);
    expect(run({ salesY2Fen: 5_000_000_000 }).eligible).toBe(true);
    // 20% total over two years is only ~9.5% a year
    expect(failing(run({ salesY1Fen: 1_000_000_000, salesY2Fen: 1_000_000_000, salesY3Fen: 1_200_000_000 }))).toEqual(["growth_10pct"]);
  });
  it("a decline is reported with a negative rate", () => {
    const d = run({ salesY3Fen: 810_000_000 });
    expect(failing(d)).toEqual(["growth_10pct"]);
    expect(growthZh(d)).toContain("-10.0%");
  });
  it("needs year-1 sales as the baseline", () => {
    const d = run({ salesY1Fen: 0 });
    expect(failing(d)).toEqual(["baseline"]);
    expect(d.reasons.some((r) => r.code === "growth_10pct")).toBe(false);
  });
  it("must be certified this year; every failure is reported", () => {
    expect(failing(run({ certifiedThisYear: false }))).toEqual(["certified_this_year"]);
    expect(failing(run({ certifiedThisYear: false, salesY3Fen: 1_000_000_000 }))).toEqual(["certified_this_year", "growth_10pct"]);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per certification: approved or paid blocks, rejected does not, another certification is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(5_000_000);
    expect(run({}, prior({ subject: "hte-cert-2027" })).eligible).toBe(true);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ salesY2Fen: "1000", salesY3Fen: null } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"salesY2Fen"');
    expect(en).toContain('"salesY3Fen"');
  });
});
