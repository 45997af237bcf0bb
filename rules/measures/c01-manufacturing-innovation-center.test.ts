import { describe, expect, it } from "vitest";
import { engine, evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-manufacturing-innovation-center";
const base = { level: "national", isLeadEnterprise: true, eventDate: "2025-09-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("national centre: ceiling ¥5m", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 500_000_000, fixed: false });
  });
  it("provincial centre: ceiling ¥3m", () => {
    expect(run({ level: "provincial" })).toMatchObject({ eligible: true, ceilingFen: 300_000_000, fixed: false });
  });
  it("only the lead enterprise", () => {
    const d = run({ isLeadEnterprise: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["lead_enterprise"]);
    expect(d.reasons.find((r) => r.code === "lead_enterprise")?.zh).toContain("不是");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13", isLeadEnterprise: false }))).toEqual(["policy_window", "lead_enterprise"]);
  });
  it("pays once per centre", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 300_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(500_000_000);
    expect(run({}, earlier("approved", "another-centre")).ceilingFen).toBe(500_000_000);
  });
  it("enterprises only, reviewed by the industry bureau", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
    expect(engine.measures.get(ID)?.leadBureau).toBe("industry-it");
  });
  it("names each bad field", () => {
    const d = run({ level: "municipal", isLeadEnterprise: "yes" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/"level".*"isLeadEnterprise"/);
  });
});
