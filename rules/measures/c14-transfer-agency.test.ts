import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c14-transfer-agency";
const base = { filedAtCityLevel: true, grade: "excellent", eventDate: "2025-03-31" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("filed and excellent: ceiling ¥100,000", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: false });
  });
  it("must be filed at city level", () => {
    expect(failing(run({ filedAtCityLevel: false }))).toEqual(["filed_city_level"]);
  });
  it.each(["good", "pass", "fail"])("grade %s is not excellent", (grade) => {
    const d = run({ grade });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["grade"]);
  });
  it("reports every failing condition", () => {
    expect(failing(run({ filedAtCityLevel: false, grade: "good" }))).toEqual(["filed_city_level", "grade"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not a once measure: each annual evaluation may be funded", () => {
    expect(run({}, { history: [award(ID, 2024, 10_000_000, { subject: "subject-1", status: "paid" })] }).eligible).toBe(true);
  });
  it("admits enterprises, social organisations, research institutes and universities", () => {
    for (const orgType of ["social_org", "research_institute", "university"] as const) {
      expect(run({}, { applicant: makeApplicant({ orgType }) }).eligible).toBe(true);
    }
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }))).toEqual(["org_type"]);
  });
  it("names a bad field", () => {
    const d = run({ filedAtCityLevel: "no" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringContaining('"filedAtCityLevel"')]);
  });
});
