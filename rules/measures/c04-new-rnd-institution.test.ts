import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c04-new-rnd-institution";
const base = { filedAtCityLevel: true, grade: "excellent", eventDate: "2024-12-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("filed and excellent: ceiling ¥500,000", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
  });
  it("must be filed at city level", () => {
    const d = run({ filedAtCityLevel: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["filed_city_level"]);
  });
  it.each(["good", "pass", "fail"])("grade %s is below excellent", (grade) => {
    const d = run({ grade });
    expect(failing(d)).toEqual(["grade"]);
    expect(d.reasons.find((r) => r.code === "grade")?.zh).toContain("未达到“优秀”");
  });
  it("reports every failing condition", () => {
    expect(failing(run({ filedAtCityLevel: false, grade: "good" }))).toEqual(["filed_city_level", "grade"]);
  });
  it("excellent is the policy's own wording, not a configurable grade list", () => {
    expect(failing(run({ grade: "good" }, { params: { eligibleGrades: { [ID]: ["excellent", "good"] } } }))).toEqual(["grade"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not a once measure: each year's evaluation may be funded", () => {
    expect(run({}, { history: [award(ID, 2023, 50_000_000, { subject: "subject-1", status: "paid" })] }).eligible).toBe(true);
  });
  it("admits enterprises, research institutes and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ filedAtCityLevel: 1, grade: "A" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"filedAtCityLevel".*"grade"/);
  });
});
