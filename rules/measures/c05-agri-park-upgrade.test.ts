import { describe, expect, it } from "vitest";
import { engine, evaluate } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c05-agri-park-upgrade";
const base = { upgradedTo: "national_agri_hitech_zone", eventDate: "2026-02-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("national zone: fixed ¥5m", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 500_000_000, fixed: true });
  });
  it("provincial zone: fixed ¥1m", () => {
    expect(run({ upgradedTo: "provincial_agri_hitech_zone" })).toMatchObject({ eligible: true, ceilingFen: 100_000_000, fixed: true });
  });
  it("window edges are inclusive", () => {
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("one-off per park", () => {
    const earlier = (status: "approved" | "paid" | "rejected", subject = "subject-1") =>
      ({ history: [award(ID, 2024, 100_000_000, { subject, status })] });
    expect(failing(run({}, earlier("approved")))).toEqual(["once_per_subject"]);
    expect(failing(run({}, earlier("paid")))).toEqual(["once_per_subject"]);
    expect(run({}, earlier("rejected")).ceilingFen).toBe(500_000_000);
    expect(run({}, earlier("paid", "another-park")).ceilingFen).toBe(500_000_000);
  });
  it("the park's operator: enterprise, social organisation or research institute", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
  });
  it("agriculture and ocean bureaus are co-responsible", () => {
    expect(engine.measures.get(ID)).toMatchObject({ leadBureau: "sci-tech", coBureaus: ["agriculture", "ocean"] });
  });
  it("names a bad field", () => {
    const d = run({ upgradedTo: "national_agri_park" });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en)).toEqual([expect.stringContaining('"upgradedTo"')]);
  });
});
