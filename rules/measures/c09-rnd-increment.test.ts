import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c09-rnd-increment";
const base = {
  fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["tech_sme"],
  rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 5% of the increment when growth >= 10% and increment > ¥1m", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 7_500_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "growth_10pct")?.zh).toContain("15.0%");
  });
  it("caps at ¥1m per year", () => {
    expect(run({ rndPrevYearFen: 10_000_000_000, rndThisYearFen: 15_000_000_000 }).ceilingFen).toBe(100_000_000);
  });
  it("10% growth exactly is enough (含)", () => {
    const d = run({ rndPrevYearFen: 2_000_000_000, rndThisYearFen: 2_200_000_000 });
    expect(d.eligible).toBe(true);
    expect(d.ceilingFen).toBe(10_000_000);
  });
  it("growth just under 10% fails", () => {
    const d = run({ rndPrevYearFen: 2_000_000_000, rndThisYearFen: 2_199_999_999 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["growth_10pct"]);
  });
  it("increment of exactly ¥1m is not 超过", () => {
    const d = run({ rndPrevYearFen: 500_000_000, rndThisYearFen: 600_000_000 });
    expect(failing(d)).toEqual(["increment_over_1m"]);
  });
  it("increment of ¥1m + 1 fen passes", () => {
    expect(run({ rndPrevYearFen: 500_000_000, rndThisYearFen: 600_000_001 }).eligible).toBe(true);
  });
  it("needs a baseline", () => {
    expect(failing(run({ rndPrevYearFen: 0 }))).toContain("baseline");
  });
  it.each([
    [{ aboveDesignatedSize: false }, "above_designated_size"],
    [{ hasRndActivity: false }, "has_rnd_activity"],
    [{ qualifications: [] }, "qualification"],
    [{ eventDate: "2023-07-12" }, "policy_window"],
  ])("fails on %o", (f, code) => {
    const d = run(f as Partial<typeof base>);
    expect(d.ceilingFen).toBe(0);
    expect(failing(d)).toContain(code);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-13" }).eligible).toBe(false);
  });
  it("annual cap counts approved and paid awards of the same fiscal year only", () => {
    expect(run({}, { history: [award(ID, 2025, 95_000_000)] }).ceilingFen).toBe(5_000_000);
    expect(run({}, { history: [award(ID, 2025, 95_000_000, { status: "rejected" })] }).ceilingFen).toBe(7_500_000);
    expect(run({}, { history: [award(ID, 2024, 100_000_000, { status: "paid" })] }).ceilingFen).toBe(7_500_000);
  });
  it("cap reached exactly makes the case ineligible, naming the cap", () => {
    const d = run({}, { history: [award(ID, 2025, 100_000_000, { status: "paid" })] });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["annual_cap"]);
  });
  it("only enterprises in Weihai, not blacklisted", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ registeredInCity: false }) }))).toEqual(["registered_in_city"]);
    expect(failing(run({}, { applicant: makeApplicant({ creditBlacklisted: true }) }))).toEqual(["credit_blacklist"]);
    expect(run({}, { applicant: makeApplicant({ creditBlacklisted: true }), params: { blacklistCheck: false } }).eligible).toBe(true);
  });
  it("names each bad field", () => {
    const d = run({ rndThisYearFen: -1, qualifications: ["nope"] } as never);
    expect(d.eligible).toBe(false);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/rndThisYearFen.*qualifications|qualifications.*rndThisYearFen/);
  });
});
