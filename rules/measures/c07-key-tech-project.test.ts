import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c07-key-tech-project";
const base = { mode: "open_competition", projectApproved: true, eventDate: "2024-06-18" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it.each(["open_competition", "chief_engineer"])("approved %s project: ceiling ¥2m", (mode) => {
    expect(run({ mode })).toMatchObject({ eligible: true, ceilingFen: 200_000_000, fixed: false });
  });
  it("the project must be approved", () => {
    const d = run({ projectApproved: false, mode: "chief_engineer" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["project_approved"]);
    expect(d.reasons.find((r) => r.code === "project_approved")?.zh).toContain("技术总师负责制");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per project", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 150_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(200_000_000);
    expect(run({}, earlier("approved", "project-2")).ceilingFen).toBe(200_000_000);
  });
  it("admits enterprises, universities and research institutes", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "university" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ mode: "tender", projectApproved: "true" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"mode".*"projectApproved"/);
  });
});
