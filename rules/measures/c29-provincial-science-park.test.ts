import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c29-provincial-science-park";
const uni = makeApplicant({ orgType: "university" });
const base = { eventDate: "2025-03-18" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, { applicant: uni, ...over }));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("up to ¥500,000 for a newly approved provincial university science park", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per park", () => {
    expect(failing(run({}, { history: [award(ID, 2025, 50_000_000, { subject: "subject-1" })] }))).toEqual(["once_per_subject"]);
    expect(run({}, { history: [award(ID, 2025, 50_000_000, { subject: "subject-1", status: "rejected" })] }).eligible).toBe(true);
  });
  it("universities, enterprises and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "enterprise" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university", registeredInCity: false }) }))).toEqual(["registered_in_city"]);
  });
  it("names the bad field", () => {
    const d = run({ eventDate: "18/03/2025" });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual(['Field "eventDate" is invalid (clause 29)']);
    expect(evaluate(makeInput(ID, {}, { applicant: uni })).reasons.filter((r) => !r.ok).map((r) => r.en)).toEqual(['Field "eventDate" is missing (clause 29)']);
  });
});
