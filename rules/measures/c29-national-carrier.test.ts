import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c29-national-carrier";
const base = { carrierType: "incubator", eventDate: "2024-10-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it.each(["incubator", "university_science_park", "specialized_maker_space"])("up to ¥1,000,000 for a %s", (carrierType) => {
    expect(run({ carrierType })).toMatchObject({ eligible: true, ceilingFen: 100_000_000, fixed: false });
  });
  it("says which carrier", () => {
    expect(run({ carrierType: "university_science_park" }).reasons.find((r) => r.code === "amount")?.zh).toContain("国家大学科技园");
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per carrier", () => {
    expect(failing(run({}, { history: [award(ID, 2024, 100_000_000, { subject: "subject-1", status: "paid" })] }))).toEqual(["once_per_subject"]);
    expect(run({}, { history: [award(ID, 2024, 100_000_000, { subject: "subject-1", status: "returned" })] }).eligible).toBe(true);
    expect(run({}, { history: [award(ID, 2024, 100_000_000, { subject: "other-carrier" })] }).eligible).toBe(true);
  });
  it("enterprises, universities and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "university" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
  });
  it("names the bad field", () => {
    const d = run({ carrierType: "accelerator" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "carrierType" is invalid (clause 29)']);
  });
});
