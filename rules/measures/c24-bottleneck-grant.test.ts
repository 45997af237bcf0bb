import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c24-bottleneck-grant";
const base = { inBottleneckLibrary: true, isHighTechEnterprise: true, eventDate: "2024-03-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥500,000 for a high-tech enterprise's project in the library", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
  });
  it.each([
    [{ inBottleneckLibrary: false }, ["in_bottleneck_library"]],
    [{ isHighTechEnterprise: false }, ["high_tech_enterprise"]],
    [{ inBottleneckLibrary: false, isHighTechEnterprise: false }, ["in_bottleneck_library", "high_tech_enterprise"]],
    [{ eventDate: "2023-07-12" }, ["policy_window"]],
    [{ eventDate: "2028-07-13" }, ["policy_window"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
  });
  it("once per project", () => {
    const d = run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1" })] });
    expect(failing(d)).toEqual(["once_per_subject"]);
    expect(run({}, { history: [award(ID, 2024, 50_000_000, { subject: "subject-1", status: "rejected" })] }).eligible).toBe(true);
    expect(run({}, { history: [award(ID, 2024, 50_000_000, { subject: "another-project" })] }).ceilingFen).toBe(50_000_000);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ isHighTechEnterprise: undefined, eventDate: "2024-02-30" } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en);
    expect(en).toHaveLength(2);
    expect(en.join()).toMatch(/isHighTechEnterprise" is missing.*eventDate" is invalid/);
  });
});
