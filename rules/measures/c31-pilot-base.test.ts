import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { makeApplicant, makeInput } from "../testing/builders";

const ID = "c31-pilot-base";
const base = { filedAtCityLevel: true, grade: "good", eventDate: "2025-04-30" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥500,000 for a filed base graded good or excellent", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
    expect(run({ grade: "excellent" }).ceilingFen).toBe(50_000_000);
  });
  it.each([
    [{ filedAtCityLevel: false }, ["filed_at_city_level"]],
    [{ grade: "pass" }, ["grade"]],
    [{ grade: "fail" }, ["grade"]],
    [{ filedAtCityLevel: false, grade: "fail" }, ["filed_at_city_level", "grade"]],
    [{ eventDate: "2023-07-12" }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("the grade reason names the grade and this round's list", () => {
    const r = run({ grade: "pass" }).reasons.find((x) => x.code === "grade");
    expect(r?.zh).toContain("合格");
    expect(r?.zh).toContain("优秀、良好");
  });
  it("择优: a round can narrow or widen the eligible grades", () => {
    const onlyExcellent = { params: { eligibleGrades: { [ID]: ["excellent"] } } };
    expect(failing(run({}, onlyExcellent))).toEqual(["grade"]);
    expect(run({ grade: "excellent" }, onlyExcellent).eligible).toBe(true);
    expect(run({ grade: "pass" }, { params: { eligibleGrades: { [ID]: ["excellent", "good", "pass"] } } }).ceilingFen).toBe(50_000_000);
    expect(failing(run({ grade: "excellent" }, { params: { eligibleGrades: { [ID]: [] } } }))).toEqual(["grade"]);
  });
  it("another measure's grade override does not apply here", () => {
    expect(run({}, { params: { eligibleGrades: { "c01-municipal-platform": ["excellent"] } } }).eligible).toBe(true);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
  });
  it("wrong organisation type", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ grade: "A+" });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "grade" is invalid (clause 31)']);
  });
});
