import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c22-national-sci-tech-award";
const base = { grade: "first", isFirstCompletingUnit: true, eventDate: "2024-06-24" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 200_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it.each([
    ["special", 300_000_000],
    ["first", 200_000_000],
    ["second", 100_000_000],
  ])("%s prize: fixed %i fen, split 50/50", (grade, fen) => {
    const d = run({ grade });
    expect(d).toMatchObject({ eligible: true, ceilingFen: fen, fixed: true });
    expect(d.trace.find((t) => t.step === "split_50_50")?.result).toEqual({ mainContributorsFen: fen / 2, researchFundingFen: fen / 2 });
  });
  it("states the split in the reasons", () => {
    const r = run().reasons.find((x) => x.code === "split_50_50");
    expect(r?.ok).toBe(true);
    expect(r?.zh).toContain("主要完成人");
    expect(r?.zh).toContain("¥1,000,000.00");
    expect(r?.en).toContain("self-directed research funding");
  });
  it("must be the first completing unit", () => {
    const d = run({ isFirstCompletingUnit: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(failing(d)).toEqual(["first_completing_unit"]);
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
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(200_000_000);
    expect(run({}, prior({ subject: "award-2025" })).eligible).toBe(true);
  });
  it("admits units, not individuals", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "individual" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ grade: "youth", isFirstCompletingUnit: "yes" } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"grade"');
    expect(en).toContain('"isFirstCompletingUnit"');
  });
});
