import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-municipal-platform";
const base = { platformType: "tech_innovation_center", grade: "good", eventDate: "2025-04-15" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("ceiling ¥500,000 for a good or excellent evaluation", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
    expect(run({ grade: "excellent", platformType: "clinical_research_center" })).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
  });
  it.each(["pass", "fail"])("grade %s is not selected by default", (grade) => {
    const d = run({ grade });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["grade"]);
    expect(d.reasons.find((r) => r.code === "grade")?.zh).toContain("优秀、良好");
  });
  it("择优: the round's eligibleGrades override changes the verdict", () => {
    const strict = { params: { eligibleGrades: { [ID]: ["excellent"] } } };
    expect(failing(run({}, strict))).toEqual(["grade"]);
    expect(run({ grade: "excellent" }, strict).eligible).toBe(true);
    const lenient = { params: { eligibleGrades: { [ID]: ["excellent", "good", "pass"] } } };
    expect(run({ grade: "pass" }, lenient)).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
    expect(failing(run({ grade: "fail" }, lenient))).toEqual(["grade"]);
    // another measure's override does not leak into this one
    expect(run({}, { params: { eligibleGrades: { "c11-university-joint-rnd": ["excellent"] } } }).eligible).toBe(true);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13", grade: "pass" }))).toEqual(["policy_window", "grade"]);
  });
  it("is not a once measure: each evaluation may be funded", () => {
    expect(run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1", status: "paid" })] }).eligible).toBe(true);
  });
  it("admits enterprises, universities, research institutes and hospitals only", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ grade: "outstanding", platformType: "lab" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"platformType".*"grade"/);
  });
});
