import { describe, expect, it } from "vitest";
import { checkFacts } from "../core/checks";
import { evaluate, MEASURES } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c17-hte-cultivation-agency";
const base = { enterprisesServed: 40, enterprisesCertified: 12, grade: "good", eventDate: "2025-04-30" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥500,000 for an agency graded good with certified clients", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "certified_within_served")?.zh).toContain("30.0%");
    expect(d.trace.find((t) => t.step === "success_rate")?.result).toBe("30.0%");
  });
  it.each([
    ["excellent", true],
    ["good", true],
    ["pass", false],
    ["fail", false],
  ])("grade %s eligible: %s", (grade, ok) => {
    const d = run({ grade });
    expect(d.eligible).toBe(ok);
    if (!ok) expect(failing(d)).toEqual(["grade"]);
  });
  it("at least one served enterprise must be certified", () => {
    expect(failing(run({ enterprisesCertified: 0 }))).toEqual(["certified_at_least_one"]);
    expect(failing(run({ enterprisesServed: 0, enterprisesCertified: 0 }))).toEqual(["certified_at_least_one"]);
    expect(run({ enterprisesServed: 1, enterprisesCertified: 1 }).eligible).toBe(true);
  });
  it.each([
    [40, 40, true], [40, 41, false], [0, 0, true], [0, 1, false],
  ] as const)("served %d, certified %d: consistent %s (a check across facts, shown next to the certified count)", (served, certified, ok) => {
    const m = MEASURES.find((x) => x.id === ID)!;
    const issues = checkFacts(m, { ...base, enterprisesServed: served, enterprisesCertified: certified });
    expect(issues.map((i) => i.field)).toEqual(ok ? [] : ["enterprisesCertified"]);
  });
  it("certified cannot exceed served", () => {
    const d = run({ enterprisesServed: 5, enterprisesCertified: 6 });
    expect(failing(d)).toEqual(["certified_within_served"]);
    expect(d.reasons.find((r) => r.code === "certified_within_served")?.zh).toContain("6");
  });
  it("reports every failing condition", () => {
    expect(failing(run({ enterprisesCertified: 0, grade: "pass" }))).toEqual(["certified_at_least_one", "grade"]);
  });
  it("the grade list is the policy's own, not a round parameter", () => {
    expect(run({ grade: "good" }, { params: { eligibleGrades: { [ID]: ["excellent"] } } }).eligible).toBe(true);
    expect(run({ grade: "pass" }, { params: { eligibleGrades: { [ID]: ["pass"] } } }).eligible).toBe(false);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("is not once-only: an earlier approved evaluation does not block a new one", () => {
    const d = run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1", status: "paid" })] });
    expect(d).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
    expect(d.reasons.some((r) => r.code === "once_per_subject")).toBe(false);
  });
  it("admits enterprises and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ enterprisesServed: -1, enterprisesCertified: 2.5, grade: "great" } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"enterprisesServed"');
    expect(en).toContain('"enterprisesCertified"');
    expect(en).toContain('"grade"');
  });
});
