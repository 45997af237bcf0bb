import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c27-tech-bank-loan-interest";
const base = {
  qualifications: ["specialized_sme"], loanBalanceFen: 1_234_567_890, interestPaidFen: 40_000_000,
  yearsSubsidizedBefore: 0, eventDate: "2024-12-20",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 1% of the loan balance when the interest paid is higher, floored to the fen", () => {
    // 1,234,567,890 × 1 / 100 = 12,345,678.9
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 12_345_678, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥123,456.78");
  });
  it("never more than the interest paid: min() switches where interest = 1% of the balance", () => {
    expect(run({ interestPaidFen: 12_345_677 }).ceilingFen).toBe(12_345_677);
    expect(run({ interestPaidFen: 12_345_678 }).ceilingFen).toBe(12_345_678);
    expect(run({ interestPaidFen: 12_345_679 }).ceilingFen).toBe(12_345_678);
  });
  it("counts at most ¥30m of loans: the switch is at a ¥30m balance", () => {
    expect(run({ loanBalanceFen: 2_999_999_900 }).ceilingFen).toBe(29_999_999);
    expect(run({ loanBalanceFen: 3_000_000_000 }).ceilingFen).toBe(30_000_000);
    expect(run({ loanBalanceFen: 9_000_000_000 }).ceilingFen).toBe(30_000_000);
  });
  it("any one of the five qualifications is enough", () => {
    for (const q of ["tech_sme", "high_tech_enterprise", "tech_leader", "specialized_sme", "one_enterprise_one_tech_center"]) {
      expect(run({ qualifications: [q] }).ceilingFen).toBe(12_345_678);
    }
  });
  it("fewer than 5 years subsidised before: 4 passes, 5 fails", () => {
    expect(run({ yearsSubsidizedBefore: 4 }).eligible).toBe(true);
    const d = run({ yearsSubsidizedBefore: 5 });
    expect(failing(d)).toEqual(["subsidy_years"]);
    expect(d.reasons.find((r) => r.code === "subsidy_years")?.zh).toContain("已贴息 5 年");
  });
  it.each([
    [{ qualifications: [] }, ["qualification"]],
    [{ qualifications: [], yearsSubsidizedBefore: 7 }, ["qualification", "subsidy_years"]],
    [{ interestPaidFen: 0 }, ["zero_ceiling"]],
    [{ loanBalanceFen: 99 }, ["zero_ceiling"]],
    [{ eventDate: "2023-07-12" }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
  });
  it("is per case: earlier awards in the same year do not reduce it", () => {
    expect(run({}, { history: [award(ID, 2024, 30_000_000, { status: "paid" })] }).ceilingFen).toBe(12_345_678);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "bank" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ qualifications: ["tech_sme", "unicorn"], yearsSubsidizedBefore: -1 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([
      'Field "qualifications" is invalid (clause 27)',
      'Field "yearsSubsidizedBefore" is invalid (clause 27)',
    ]);
  });
});
