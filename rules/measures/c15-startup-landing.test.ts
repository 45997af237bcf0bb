import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c15-startup-landing";
const base = {
  viaEvent: "china_korea_innovation_contest", registeredInCity: true, operatingNormally: true,
  physicalWorkloadFen: 150_000_000, eventDate: "2025-03-01",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 50_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("grants up to ¥500,000 when registered, operating and workload ≥ ¥1m", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 50_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "workload_1m")?.zh).toContain("¥1,500,000.00");
    expect(d.trace.find((t) => t.step === "workload_check")?.result).toBe(true);
  });
  it.each(["china_japan_innovation_conference", "other_exchange"])("landing through %s also counts", (viaEvent) => {
    expect(run({ viaEvent }).ceilingFen).toBe(50_000_000);
  });
  it("workload of exactly ¥1,000,000 is enough (含)", () => {
    expect(run({ physicalWorkloadFen: 100_000_000 })).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
  });
  it("workload 1 fen under ¥1,000,000 fails", () => {
    const d = run({ physicalWorkloadFen: 99_999_999 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["workload_1m"]);
    expect(d.reasons.find((r) => r.code === "workload_1m")?.zh).toContain("¥999,999.99");
  });
  it("the registeredInCity fact is its own check, apart from the applicant's flag", () => {
    expect(failing(run({ registeredInCity: false }))).toEqual(["completed_registration"]);
    expect(failing(run({}, { applicant: makeApplicant({ registeredInCity: false }) }))).toEqual(["registered_in_city"]);
  });
  it("must operate normally", () => {
    expect(failing(run({ operatingNormally: false }))).toEqual(["operating_normally"]);
  });
  it("reports every failing condition at once", () => {
    const d = run({ registeredInCity: false, operatingNormally: false, physicalWorkloadFen: 0 });
    expect(d.ceilingFen).toBe(0);
    expect(failing(d)).toEqual(["completed_registration", "operating_normally", "workload_1m"]);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("pays once per subject: approved or paid blocks, rejected does not, another subject is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" }))).toMatchObject({ eligible: true, ceilingFen: 50_000_000 });
    expect(run({}, prior({ subject: "another-startup" })).eligible).toBe(true);
  });
  it("admits enterprises and teams only", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "team" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ physicalWorkloadFen: 1.5, viaEvent: "trade_fair" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"viaEvent"');
    expect(en).toContain('"physicalWorkloadFen"');
    const { operatingNormally: _, ...missing } = base;
    expect(evaluate(makeInput(ID, missing)).reasons.find((r) => r.code === "invalid_fact")?.zh).toContain("operatingNormally");
  });
});
