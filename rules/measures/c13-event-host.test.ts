import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c13-event-host";
const base = { eventLevel: "international", role: "host", actualExpenditureFen: 68_000_000, grade: "good", eventDate: "2024-09-12" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("ceiling = actual expenditure when under ¥1m", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 68_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥680,000.00");
  });
  it("min() switches at ¥1m", () => {
    expect(run({ actualExpenditureFen: 99_999_999 }).ceilingFen).toBe(99_999_999);
    expect(run({ actualExpenditureFen: 100_000_000 }).ceilingFen).toBe(100_000_000);
    expect(run({ actualExpenditureFen: 100_000_001 }).ceilingFen).toBe(100_000_000);
    expect(run({ actualExpenditureFen: 900_000_000 }).ceilingFen).toBe(100_000_000);
  });
  it("no expenditure, nothing to award", () => {
    const d = run({ actualExpenditureFen: 0 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["zero_ceiling"]);
    expect(run({ actualExpenditureFen: 1 }).ceilingFen).toBe(1);
  });
  it("a failed evaluation gets nothing; pass is enough", () => {
    expect(failing(run({ grade: "fail" }))).toEqual(["grade"]);
    expect(run({ grade: "fail" }).ceilingFen).toBe(0);
    expect(run({ grade: "pass" })).toMatchObject({ eligible: true, ceilingFen: 68_000_000 });
    expect(run({ grade: "excellent" }).eligible).toBe(true);
  });
  it.each(["municipal", "provincial", "national", "international"])("%s events count as 市级以上", (eventLevel) => {
    expect(run({ eventLevel, role: "co_host" }).eligible).toBe(true);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13", grade: "fail" }))).toEqual(["policy_window", "grade"]);
  });
  it("has no once rule and no annual cap", () => {
    const history = [award(ID, 2024, 100_000_000, { subject: "subject-1", status: "paid" })];
    expect(run({}, { history }).ceilingFen).toBe(68_000_000);
  });
  it("any organisation but individuals and teams", () => {
    for (const orgType of ["university", "research_institute", "hospital", "social_org", "bank", "insurer"] as const) {
      expect(run({}, { applicant: makeApplicant({ orgType }) }).eligible).toBe(true);
    }
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ actualExpenditureFen: 1.5, eventLevel: "district", role: "sponsor" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"eventLevel".*"role".*"actualExpenditureFen"/);
    expect(run({ actualExpenditureFen: -100 }).reasons.find((r) => r.code === "invalid_fact")?.en).toContain('"actualExpenditureFen"');
  });
});
