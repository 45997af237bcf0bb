import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c25-ip-pledge-insurance";
const base = { isSme: true, premiumFen: 3_456_789, eventDate: "2025-02-14" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 20% of the premium, floored to the fen", () => {
    // 3,456,789 × 20 / 100 = 691,357.8
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 691_357, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.en).toContain("¥6,913.57");
  });
  it("capped at ¥20,000: the switch is at a ¥100,000 premium", () => {
    expect(run({ premiumFen: 9_999_999 }).ceilingFen).toBe(1_999_999);
    expect(run({ premiumFen: 10_000_000 }).ceilingFen).toBe(2_000_000);
    expect(run({ premiumFen: 10_000_005 }).ceilingFen).toBe(2_000_000);
  });
  it("a premium of 4 fen gives 0: nothing to award", () => {
    expect(failing(run({ premiumFen: 4 }))).toEqual(["zero_ceiling"]);
    expect(run({ premiumFen: 5 }).ceilingFen).toBe(1);
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
    expect(run({}, { history: [award(ID, 2025, 2_000_000)] }).ceilingFen).toBe(691_357);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ premiumFen: 10.5 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "premiumFen" is invalid (clause 25)']);
  });
});
