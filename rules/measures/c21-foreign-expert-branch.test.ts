import { describe, expect, it } from "vitest";
import { evaluate, MEASURES } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c21-foreign-expert-branch";
const base = { grade: "excellent", eventDate: "2025-02-28" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥200,000 for a branch assessed excellent", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 20_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "grade")?.zh).toContain("优秀");
  });
  it("co-bureaus are the Organisation Department and HR", () => {
    expect(MEASURES.find((m) => m.id === ID)?.coBureaus).toEqual(["org-dept", "hr"]);
  });
  it.each(["good", "pass", "fail"])("grade %s is not enough", (grade) => {
    const d = run({ grade });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["grade"]);
  });
  it("the excellent requirement is the policy's own, not a round parameter", () => {
    expect(run({ grade: "good" }, { params: { eligibleGrades: { [ID]: ["excellent", "good"] } } }).eligible).toBe(false);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not once-only: each year's excellent assessment can be supported", () => {
    expect(run({}, { history: [award(ID, 2024, 20_000_000, { subject: "subject-1" })] }).eligible).toBe(true);
  });
  it("admits any organisation but individuals and teams", () => {
    for (const orgType of ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"] as const) {
      expect(run({}, { applicant: makeApplicant({ orgType }) }).eligible).toBe(true);
    }
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ grade: "优秀" } as never);
    expect(d.eligible).toBe(false);
    const bad = d.reasons.filter((r) => r.code === "invalid_fact");
    expect(bad).toHaveLength(1);
    expect(bad[0].en).toMatch(/"grade".*is invalid/);
  });
});
