import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c24-bank-risk-subsidy";
const bank = makeApplicant({ orgType: "bank" });
const base = { isCooperatingBank: true, newLoanBalanceFen: 12_345_678_901, eventDate: "2024-12-31" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, { applicant: bank, ...over }));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 0.6% of the year's new loan balance, floored to the fen", () => {
    // 12,345,678,901 × 6 / 1000 = 74,074,073.406
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 74_074_073, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥740,740.73");
  });
  it("has no upper cap of its own", () => {
    expect(run({ newLoanBalanceFen: 1_000_000_000_000 }).ceilingFen).toBe(6_000_000_000);
  });
  it("smallest balances: 166 fen gives 0, 167 fen gives 1 fen", () => {
    expect(failing(run({ newLoanBalanceFen: 166 }))).toEqual(["zero_ceiling"]);
    expect(run({ newLoanBalanceFen: 167 }).ceilingFen).toBe(1);
  });
  it("only cooperating banks", () => {
    const d = run({ isCooperatingBank: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["cooperating_bank"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not capped by earlier years' awards", () => {
    expect(run({}, { history: [award(ID, 2024, 500_000_000, { status: "paid" })] }).ceilingFen).toBe(74_074_073);
  });
  it("banks only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "enterprise" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "insurer" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ newLoanBalanceFen: "1000" } as never);
    expect(d.eligible).toBe(false);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "newLoanBalanceFen" is invalid (clause 24)']);
  });
});
