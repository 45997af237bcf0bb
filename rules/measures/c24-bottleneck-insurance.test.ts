import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c24-bottleneck-insurance";
const base = { premiumPaidFen: 12_345_679, eventDate: "2024-05-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 50% of the premium, floored to the fen", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 6_172_839, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥123,456.79");
  });
  it("capped at ¥200,000: the switch is at a ¥400,000 premium", () => {
    expect(run({ premiumPaidFen: 39_999_999 }).ceilingFen).toBe(19_999_999);
    expect(run({ premiumPaidFen: 40_000_000 }).ceilingFen).toBe(20_000_000);
    expect(run({ premiumPaidFen: 40_000_002 }).ceilingFen).toBe(20_000_000);
    expect(run({ premiumPaidFen: 900_000_000 }).ceilingFen).toBe(20_000_000);
  });
  it("a premium of 1 fen gives 0: nothing to award", () => {
    const d = run({ premiumPaidFen: 1 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["zero_ceiling"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is per case: earlier awards do not reduce it", () => {
    expect(run({}, { history: [award(ID, 2024, 20_000_000, { subject: "subject-1", status: "paid" })] }).ceilingFen).toBe(6_172_839);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "insurer" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ premiumPaidFen: -100 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "premiumPaidFen" is invalid (clause 24)']);
  });
});
