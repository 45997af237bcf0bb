import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c22-top-science-award";
const base = { level: "national", eventDate: "2025-06-24" };
const person = makeApplicant({ orgType: "individual" });
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, { applicant: person, ...over }));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2025, 500_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it.each([
    ["national", 500_000_000],
    ["provincial", 200_000_000],
  ])("%s top award: fixed %i fen", (level, fen) => {
    const d = run({ level });
    expect(d).toMatchObject({ eligible: true, ceilingFen: fen, fixed: true });
    expect(d.trace.find((t) => t.step === "award_amount")?.result).toBe(fen);
  });
  it("admits individuals only", () => {
    for (const orgType of ["enterprise", "university", "research_institute", "team"] as const) {
      expect(failing(run({}, { applicant: makeApplicant({ orgType }) }))).toEqual(["org_type"]);
    }
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
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(500_000_000);
    expect(run({}, prior({ subject: "provincial-top-2024" })).eligible).toBe(true);
  });
  it("names each bad field", () => {
    const d = run({ level: "municipal" } as never);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    const bad = d.reasons.filter((r) => r.code === "invalid_fact");
    expect(bad).toHaveLength(1);
    expect(bad[0].en).toMatch(/"level".*is invalid/);
  });
});
