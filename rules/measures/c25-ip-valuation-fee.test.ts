import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c25-ip-valuation-fee";
const base = { isSme: true, valuationFeeFen: 8_000_003, eventDate: "2024-04-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 30% of the fee, floored to the fen", () => {
    // 8,000,003 × 30 / 100 = 2,400,000.9
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 2_400_000, fixed: false });
  });
  it("capped at ¥50,000: the switch is between fees of ¥166,666.66 and ¥166,666.67", () => {
    expect(run({ valuationFeeFen: 16_666_666 }).ceilingFen).toBe(4_999_999);
    expect(run({ valuationFeeFen: 16_666_667 }).ceilingFen).toBe(5_000_000);
    expect(run({ valuationFeeFen: 100_000_000 }).ceilingFen).toBe(5_000_000);
  });
  it("no fee, nothing to award", () => {
    expect(failing(run({ valuationFeeFen: 0 }))).toEqual(["zero_ceiling"]);
  });
  it.each([
    [{ isSme: false }, ["sme"]],
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
  it("is per case, with no annual cap", () => {
    expect(run({}, { history: [award(ID, 2024, 5_000_000, { subject: "subject-1" })] }).ceilingFen).toBe(2_400_000);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ isSme: null } as never);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "isSme" is invalid (clause 25)']);
  });
});
