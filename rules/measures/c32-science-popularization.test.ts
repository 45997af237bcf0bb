import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { makeApplicant, makeInput } from "../testing/builders";

const ID = "c32-science-popularization";
const base = { grade: "excellent", eventDate: "2026-01-15" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥100,000 for good results", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: false });
    expect(run({ grade: "good" }).ceilingFen).toBe(10_000_000);
  });
  it.each([
    [{ grade: "pass" }, ["grade"]],
    [{ grade: "fail" }, ["grade"]],
    [{ eventDate: "2023-07-12" }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("the grade reason is readable", () => {
    expect(run({ grade: "pass" }).reasons.find((r) => r.code === "grade")?.zh).toContain("“合格”，不属成效好");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
  });
  it("any organisation but individuals and teams", () => {
    for (const orgType of ["university", "research_institute", "hospital", "social_org", "bank", "insurer"] as const) {
      expect(run({}, { applicant: makeApplicant({ orgType }) }).eligible).toBe(true);
    }
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ grade: "Excellent" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "grade" is invalid (clause 32)']);
  });
});
