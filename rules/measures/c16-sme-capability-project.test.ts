import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c16-sme-capability-project";
const base = { provincialApproved: true, countyFundingFen: 30_000_000, eventDate: "2024-09-15" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 30_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("ceiling equals the county's funding (市级不超过县级)", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 30_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥300,000.00");
    expect(d.trace.find((t) => t.step === "match_county")?.result).toBe(30_000_000);
  });
  it("matches odd amounts to the fen", () => {
    expect(run({ countyFundingFen: 12_345_678 }).ceilingFen).toBe(12_345_678);
  });
  it("needs provincial approval", () => {
    const d = run({ provincialApproved: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["provincial_approved"]);
  });
  it("no county funding means nothing to match", () => {
    expect(failing(run({ countyFundingFen: 0 }))).toEqual(["zero_ceiling"]);
    expect(run({ countyFundingFen: 1 }).ceilingFen).toBe(1);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per project: approved or paid blocks, rejected does not, another project is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(30_000_000);
    expect(run({}, prior({ subject: "project-2" })).eligible).toBe(true);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ countyFundingFen: -100, provincialApproved: "yes" } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"countyFundingFen"');
    expect(en).toContain('"provincialApproved"');
  });
});
