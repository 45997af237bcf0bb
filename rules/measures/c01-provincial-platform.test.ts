import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-provincial-platform";
const base = { platformType: "key_lab", eventDate: "2024-08-08" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it.each(["key_lab", "tech_innovation_center", "clinical_research_center"])("ceiling ¥1m for a provincial %s", (platformType) => {
    expect(run({ platformType })).toMatchObject({ eligible: true, ceilingFen: 100_000_000, fixed: false });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per platform", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 100_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(100_000_000);
    expect(run({}, earlier("approved", "another-lab")).ceilingFen).toBe(100_000_000);
    // the same subject under another measure (e.g. its municipal evaluation) does not block
    expect(run({}, { history: [award("c01-municipal-platform", 2024, 50_000_000, { subject: "subject-1" })] }).eligible).toBe(true);
  });
  it("admits enterprises, universities, research institutes and hospitals only", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "bank" }) }))).toEqual(["org_type"]);
  });
  it("names a bad field", () => {
    const d = run({ platformType: "engineering_center" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringContaining('"platformType"')]);
  });
});
