import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c22-provincial-sci-tech-award";
const base = { grade: "first", provincialAwardFen: 20_000_000, eventDate: "2025-05-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2025, 20_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("matches the provincial prize 1:1 as a fixed amount", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 20_000_000, fixed: true });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥200,000.00");
    expect(d.trace.find((t) => t.step === "match_1_to_1")?.result).toBe(20_000_000);
  });
  it.each(["special", "second", "youth"])("grade %s is matched too", (grade) => {
    expect(run({ grade, provincialAwardFen: 12_345_601 }).ceilingFen).toBe(12_345_601);
  });
  it("no provincial prize money means nothing to match", () => {
    expect(failing(run({ provincialAwardFen: 0 }))).toEqual(["zero_ceiling"]);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per award: approved or paid blocks, rejected does not, another award is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(20_000_000);
    expect(run({}, prior({ subject: "award-2026" })).eligible).toBe(true);
  });
  it("admits units and individuals, not social organisations or teams", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "individual" }) }).eligible).toBe(true);
    expect(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ grade: "third", provincialAwardFen: 100.5 } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"grade"');
    expect(en).toContain('"provincialAwardFen"');
  });
});
