import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c01-provincial-innovation-community";
const base = { eventDate: "2024-11-11" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("ceiling ¥5m, reviewer decides the amount", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 500_000_000, fixed: false });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per community", () => {
    const earlier = (status: "approved" | "paid" | "rejected" | "withdrawn", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 300_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(500_000_000);
    expect(run({}, earlier("withdrawn")).ceilingFen).toBe(500_000_000);
    expect(run({}, earlier("approved", "another-community")).ceilingFen).toBe(500_000_000);
  });
  it("admits enterprises, universities, research institutes and hospitals only", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "university" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names a bad or missing field", () => {
    expect(run({ eventDate: "2024-13-01" }).reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringMatching(/"eventDate".*invalid/)]);
    const d = evaluate(makeInput(ID, {}));
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringMatching(/"eventDate".*missing/)]);
  });
});
