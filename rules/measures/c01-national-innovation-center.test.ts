import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-national-innovation-center";
const base = { centerType: "tech_innovation", eventDate: "2025-03-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it.each(["tech_innovation", "clinical_research"])("grants a fixed ¥5m for a %s centre", (centerType) => {
    expect(run({ centerType })).toMatchObject({ eligible: true, ceilingFen: 500_000_000, fixed: true });
  });
  it("explains the centre type", () => {
    expect(run({ centerType: "clinical_research" }).reasons.find((r) => r.code === "amount")?.zh).toContain("临床医学研究中心");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per centre", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 500_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(500_000_000);
    expect(run({}, earlier("paid", "another-centre")).ceilingFen).toBe(500_000_000);
  });
  it("admits enterprises, universities, research institutes and hospitals only", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ creditBlacklisted: true }) }))).toEqual(["credit_blacklist"]);
  });
  it("names a bad field", () => {
    const d = run({ centerType: "engineering" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringContaining('"centerType"')]);
  });
});
