import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c11-university-joint-rnd";
const base = { jointlyBuilt: true, independentOperation: true, mainlyAtCityInstitutions: true, grade: "excellent", eventDate: "2025-05-30" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it.each(["excellent", "good"])("all three conditions and grade %s: ceiling ¥500,000", (grade) => {
    expect(run({ grade })).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
  });
  it.each([
    [{ jointlyBuilt: false }, "jointly_built"],
    [{ independentOperation: false }, "independent_operation"],
    [{ mainlyAtCityInstitutions: false }, "mainly_at_city_institutions"],
    [{ grade: "pass" }, "grade"],
    [{ grade: "fail" }, "grade"],
  ])("fails on %o", (f, code) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual([code]);
  });
  it("reports every failing condition at once", () => {
    expect(failing(run({ jointlyBuilt: false, independentOperation: false, mainlyAtCityInstitutions: false, grade: "fail" })))
      .toEqual(["jointly_built", "independent_operation", "mainly_at_city_institutions", "grade"]);
  });
  it("configurable grades: the round's override changes the verdict", () => {
    const strict = { params: { eligibleGrades: { [ID]: ["excellent"] } } };
    expect(failing(run({ grade: "good" }, strict))).toEqual(["grade"]);
    expect(run({ grade: "excellent" }, strict).eligible).toBe(true);
    expect(run({ grade: "pass" }, { params: { eligibleGrades: { [ID]: ["excellent", "good", "pass"] } } }).ceilingFen).toBe(50_000_000);
    expect(failing(run({}, { params: { eligibleGrades: { [ID]: [] } } }))).toEqual(["grade"]);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not a once measure", () => {
    expect(run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1", status: "paid" })] }).eligible).toBe(true);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ jointlyBuilt: undefined, grade: "great" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en);
    expect(en).toEqual([expect.stringMatching(/"jointlyBuilt".*missing/), expect.stringMatching(/"grade".*invalid/)]);
  });
});
