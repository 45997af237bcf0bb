import { describe, expect, it } from "vitest";
import { checkFacts } from "../core/checks";
import { evaluate, MEASURES } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c25-ip-pledge-interest";
// ¥10m for a whole year, signed 2023-08 → LPR of 2023-07 = 355 bp → 10m × 3.55% × 20% = ¥71,000
const base = {
  isSme: true, principalFen: 1_000_000_000, contractDate: "2023-08-15", loanDaysInYear: 365,
  interestPaidFen: 30_000_000, eventDate: "2024-06-30",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const lprOf = (d: ReturnType<typeof run>) => d.trace.find((t) => t.step === "lpr_lookup")?.result;

describe(ID, () => {
  it("pays 20% of the LPR of the month before signing, on the principal, for the days in the year", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 7_100_000, fixed: false });
    expect(lprOf(d)).toBe(355);
    expect(d.reasons.find((r) => r.code === "lpr_known")?.zh).toContain("2023年07月");
    expect(d.reasons.find((r) => r.code === "lpr_known")?.zh).toContain("3.55%");
  });
  it("LPR month edges: the month before the contract month decides", () => {
    expect(run({ contractDate: "2023-07-31" }).ceilingFen).toBe(7_100_000); // 2023-06 → 355
    expect(run({ contractDate: "2023-08-01" }).ceilingFen).toBe(7_100_000); // 2023-07 → 355
    expect(run({ contractDate: "2023-09-01" }).ceilingFen).toBe(6_900_000); // 2023-08 → 345
    expect(run({ contractDate: "2023-06-30" }).ceilingFen).toBe(7_300_000); // 2023-05 → 365
    // interest is paid after signing: a later year's payment for the contracts of 2025
    expect(run({ contractDate: "2025-01-10", eventDate: "2026-06-30" }).ceilingFen).toBe(6_200_000); // 2024-12 → 310
    expect(run({ contractDate: "2025-06-01", eventDate: "2026-06-30" }).ceilingFen).toBe(6_000_000); // 2025-05 → 300
    expect(run({ contractDate: "2024-01-15", eventDate: "2025-06-30" }).ceilingFen).toBe(6_900_000); // 2023-12 → 345 (year rolls back)
  });
  it("the first entry's month is covered, the month before it is not", () => {
    expect(run({ contractDate: "2022-09-30" }).ceilingFen).toBe(7_300_000); // 2022-08 → 365
    const d = run({ contractDate: "2022-08-31" }); // 2022-07: before the table
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["lpr_known"]);
    expect(d.reasons.find((r) => r.code === "lpr_known")).toMatchObject({
      zh: expect.stringContaining("2022年07月的LPR不在参数表中"),
      en: expect.stringContaining("LPR for Jul 2022 is not in the table"),
    });
  });
  it("knownThrough is covered, the month after it is not", () => {
    expect(run({ contractDate: "2026-12-01", eventDate: "2027-06-30" }).ceilingFen).toBe(6_000_000); // 2026-11
    const d = run({ contractDate: "2027-01-01", eventDate: "2027-06-30" }); // 2026-12
    expect(failing(d)).toEqual(["lpr_known"]);
    expect(d.reasons.find((r) => !r.ok)?.en).toContain("LPR for Dec 2026 is not in the table");
  });
  it("a params override of the LPR table changes the result", () => {
    expect(run({}, { params: { lpr: { entries: [{ from: "2023-07", bp: 400 }] } } }).ceilingFen).toBe(8_000_000);
    expect(failing(run({}, { params: { lpr: { entries: [{ from: "2023-08", bp: 400 }] } } }))).toEqual(["lpr_known"]);
    const later = { contractDate: "2027-01-01", eventDate: "2027-06-30" };
    expect(run(later, { params: { lpr: { knownThrough: "2027-03" } } }).ceilingFen).toBe(6_000_000);
    expect(run(later, { params: { lpr: { knownThrough: "2027-03", entries: [{ from: "2022-08", bp: 365 }, { from: "2026-12", bp: 290 }] } } }).ceilingFen).toBe(5_800_000);
  });
  it("computes exactly and floors once", () => {
    // 123,456,789 × 345 × 20 × 200 / 365,000,000 = 466,768.13…; flooring the yearly rate first would give 466,767
    expect(run({ principalFen: 123_456_789, contractDate: "2023-09-05", loanDaysInYear: 200 }).ceilingFen).toBe(466_768);
    expect(run({ loanDaysInYear: 366 }).ceilingFen).toBe(7_119_452);
    expect(run({ loanDaysInYear: 1 }).ceilingFen).toBe(19_452);
  });
  it("never more than the interest actually paid: the min() switches at the computed amount", () => {
    expect(run({ interestPaidFen: 7_099_999 }).ceilingFen).toBe(7_099_999);
    expect(run({ interestPaidFen: 7_100_000 }).ceilingFen).toBe(7_100_000);
    expect(run({ interestPaidFen: 7_100_001 }).ceilingFen).toBe(7_100_000);
    expect(failing(run({ interestPaidFen: 0 }))).toEqual(["zero_ceiling"]);
  });
  it("at most ¥200,000 a year, also on one large loan", () => {
    // ¥50m at 355 bp: 50m × 3.55% × 20% = ¥355,000 → capped
    expect(run({ principalFen: 5_000_000_000, interestPaidFen: 200_000_000 }).ceilingFen).toBe(20_000_000);
  });
  it("annual cap counts approved and paid awards of the same year only", () => {
    expect(run({}, { history: [award(ID, 2024, 15_000_000)] }).ceilingFen).toBe(5_000_000);
    expect(run({}, { history: [award(ID, 2024, 15_000_000, { status: "rejected" })] }).ceilingFen).toBe(7_100_000);
    expect(run({}, { history: [award(ID, 2023, 20_000_000, { status: "paid" })] }).ceilingFen).toBe(7_100_000);
    const d = run({}, { history: [award(ID, 2024, 12_000_000), award(ID, 2024, 8_000_000, { status: "paid" })] });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["annual_cap"]);
  });
  it.each([
    [{ isSme: false }, ["sme"]],
    [{ isSme: false, contractDate: "2020-01-01" }, ["sme", "lpr_known"]],
    [{ eventDate: "2023-07-12", contractDate: "2023-07-01", loanDaysInYear: 184 }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("window edges are inclusive", () => {
    // signed 2023-07-01: 184 days of 2023 at most; 10m × 3.55% × 20% × 184/365 = ¥35,791.78
    expect(run({ eventDate: "2023-07-13", contractDate: "2023-07-01", loanDaysInYear: 184 }).ceilingFen).toBe(3_579_178);
    expect(run({ eventDate: "2028-07-12", contractDate: "2026-06-01" }).eligible).toBe(true);
  });
  // checks across facts: the contract comes before the interest, the days fit in the subsidy year
  it.each([
    ["signed before paying", { contractDate: "2023-08-15", eventDate: "2024-06-30" }, []],
    ["signed on the payment day", { contractDate: "2024-06-30", eventDate: "2024-06-30", loanDaysInYear: 185 }, []],
    ["signed after paying", { contractDate: "2024-07-01", eventDate: "2024-06-30" }, [["contract_before_payment", "contractDate"]]],
    ["366 days in the leap year 2024, signed earlier", { loanDaysInYear: 366 }, []],
    ["366 days in 2025", { loanDaysInYear: 366, eventDate: "2025-06-30" }, [["days_within_year", "loanDaysInYear"]]],
    ["days from signing to 31 Dec, counted both ends", { contractDate: "2024-12-01", eventDate: "2024-12-21", loanDaysInYear: 31 }, []],
    ["one day more than that", { contractDate: "2024-12-01", eventDate: "2024-12-21", loanDaysInYear: 32 }, [["days_within_year", "loanDaysInYear"]]],
  ] as const)("%s", (_what, f, want) => {
    const m = MEASURES.find((x) => x.id === ID)!;
    const issues = checkFacts(m, { ...base, ...f });
    expect(issues.map((i) => [i.code, i.field])).toEqual(want);
    for (const i of issues) expect(i.zh.length > 0 && i.en.length > 0).toBe(true);
    if (want.length) expect(failing(run(f))).toEqual(want.map(([code]) => code));
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "bank" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ loanDaysInYear: 367, contractDate: "2023-13-01" });
    expect(d.eligible).toBe(false);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([
      'Field "contractDate" is invalid (clause 25)',
      'Field "loanDaysInYear" is invalid (clause 25)',
    ]);
    expect(failing(run({ loanDaysInYear: 0 }))).toEqual(["invalid_fact"]);
  });
});
