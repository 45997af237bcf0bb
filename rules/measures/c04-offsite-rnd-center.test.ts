import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c04-offsite-rnd-center";
const base = { filedAtCityLevel: true, grade: "excellent", eventDate: "2025-01-10" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("filed and outstanding (excellent): ceiling ¥500,000", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
  });
  it("must be filed", () => {
    expect(failing(run({ filedAtCityLevel: false }))).toEqual(["filed_city_level"]);
  });
  it.each(["good", "pass", "fail"])("grade %s is not 绩效突出", (grade) => {
    expect(run({ grade })).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(run({ grade }))).toEqual(["grade"]);
  });
  it("reports every failing condition", () => {
    expect(failing(run({ filedAtCityLevel: false, grade: "pass" }))).toEqual(["filed_city_level", "grade"]);
  });
  it("the Weihai enterprise itself must be registered in Weihai", () => {
    expect(failing(run({}, { applicant: makeApplicant({ registeredInCity: false }) }))).toEqual(["registered_in_city"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not a once measure", () => {
    expect(run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1" })] }).eligible).toBe(true);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
  });
  it("names a bad field", () => {
    const d = run({ grade: "outstanding" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringContaining('"grade"')]);
  });
});
