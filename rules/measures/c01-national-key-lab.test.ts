import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-national-key-lab";
const base = { role: "lead", eventDate: "2024-05-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("grants a fixed ¥10m to the lead unit", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 1_000_000_000, fixed: true });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("牵头创建");
  });
  it("grants a fixed ¥5m to a participating unit", () => {
    expect(run({ role: "participant" })).toMatchObject({ eligible: true, ceilingFen: 500_000_000, fixed: true });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per laboratory: an approved or paid earlier case blocks, a rejected one does not", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 500_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("paid"))).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(run({}, earlier("rejected"))).toMatchObject({ eligible: true, ceilingFen: 1_000_000_000 });
    expect(run({}, earlier("approved", "another-lab"))).toMatchObject({ eligible: true, ceilingFen: 1_000_000_000 });
  });
  it("admits enterprises, universities, research institutes and hospitals only", () => {
    for (const orgType of ["university", "research_institute", "hospital"] as const) {
      expect(run({}, { applicant: makeApplicant({ orgType }) }).eligible).toBe(true);
    }
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ registeredInCity: false }) }))).toEqual(["registered_in_city"]);
  });
  it("names each bad field", () => {
    const d = run({ role: "chair", eventDate: "2024-02-30" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en);
    expect(en).toHaveLength(2);
    expect(en.join()).toMatch(/"role".*"eventDate"/);
    const missing = run({ role: undefined }).reasons.find((r) => r.code === "invalid_fact");
    expect(missing?.en).toMatch(/"role".*missing/);
    expect(missing?.zh).toMatch(/role.*缺失/);
  });
});
