import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c18-consortium-filing";
const base = { filedAtCityLevel: true, eventDate: "2024-05-10" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 10_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("fixed ¥100,000 for a filed city-level consortium", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: true });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥100,000.00");
  });
  it("must be filed", () => {
    const d = run({ filedAtCityLevel: false });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(failing(d)).toEqual(["filed_city_level"]);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per consortium: approved or paid blocks, rejected does not, another consortium is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(10_000_000);
    expect(run({}, prior({ subject: "consortium-2" })).eligible).toBe(true);
  });
  it("admits enterprises and research institutes", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "social_org" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = evaluate(makeInput(ID, { eventDate: "2024-13-01" }));
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toMatch(/"filedAtCityLevel".*is missing/);
    expect(en).toMatch(/"eventDate".*is invalid/);
  });
});
