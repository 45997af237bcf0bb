import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c23-transformation-loan-interest";
const base = { isTechSme: true, firstTimeFiled: true, repaidOnTime: true, interestPaidFen: 20_000_000, eventDate: "2025-06-30" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays back the interest paid", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 20_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥200,000.00");
  });
  it("never more than ¥500,000 on one case", () => {
    expect(run({ interestPaidFen: 50_000_000 }).ceilingFen).toBe(50_000_000);
    expect(run({ interestPaidFen: 50_000_001 }).ceilingFen).toBe(50_000_000);
    expect(run({ interestPaidFen: 49_999_999 }).ceilingFen).toBe(49_999_999);
  });
  it("no interest paid, nothing to award", () => {
    const d = run({ interestPaidFen: 0 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["zero_ceiling"]);
  });
  it.each([
    [{ isTechSme: false }, ["tech_sme"]],
    [{ firstTimeFiled: false }, ["first_time_filed"]],
    [{ repaidOnTime: false }, ["repaid_on_time"]],
    [{ isTechSme: false, firstTimeFiled: false, repaidOnTime: false }, ["tech_sme", "first_time_filed", "repaid_on_time"]],
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
  it("lifetime cap counts approved and paid awards of every year", () => {
    expect(run({}, { history: [award(ID, 2023, 30_000_000)] }).ceilingFen).toBe(20_000_000);
    expect(run({}, { history: [award(ID, 2023, 40_000_000, { status: "paid" })] }).ceilingFen).toBe(10_000_000);
    expect(run({}, { history: [award(ID, 2023, 20_000_000), award(ID, 2024, 25_000_000, { status: "paid" })] }).ceilingFen).toBe(5_000_000);
  });
  it("lifetime cap reached exactly across years makes the case ineligible", () => {
    const d = run({}, { history: [award(ID, 2023, 30_000_000), award(ID, 2024, 20_000_000, { status: "paid" })] });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["lifetime_cap"]);
  });
  it("lifetime cap exceeded across years is ineligible too", () => {
    const d = run({}, { history: [award(ID, 2023, 40_000_000), award(ID, 2025, 15_000_000)] });
    expect(failing(d)).toEqual(["lifetime_cap"]);
    expect(d.reasons.find((r) => r.code === "lifetime_cap")?.en).toContain("¥550,000.00");
  });
  it("rejected, withdrawn and other measures' history do not count", () => {
    const history = [
      award(ID, 2024, 50_000_000, { status: "rejected" }),
      award(ID, 2024, 50_000_000, { status: "withdrawn" }),
      award("c27-tech-bank-loan-interest", 2024, 50_000_000),
    ];
    expect(run({}, { history }).ceilingFen).toBe(20_000_000);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "bank" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ interestPaidFen: 1.5, repaidOnTime: "yes" } as never);
    expect(d.eligible).toBe(false);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/repaidOnTime.*interestPaidFen|interestPaidFen.*repaidOnTime/);
  });
});
