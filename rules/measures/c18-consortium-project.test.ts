import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c18-consortium-project";
const base = { isTechLeader: true, projectApproved: true, eventDate: "2025-06-01" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2025, 200_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("up to ¥2,000,000 for an approved project led by a tech leader", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 200_000_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "amount")?.zh).toContain("¥2,000,000.00");
  });
  it.each([
    [{ isTechLeader: false }, ["tech_leader"]],
    [{ projectApproved: false }, ["project_approved"]],
    [{ isTechLeader: false, projectApproved: false }, ["tech_leader", "project_approved"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(codes);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per project: approved or paid blocks, rejected does not, another project is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(200_000_000);
    expect(run({}, prior({ subject: "project-2" })).eligible).toBe(true);
  });
  it("admits enterprises and research institutes (new R&D institutions)", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "research_institute" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ isTechLeader: "true" } as never);
    expect(d.eligible).toBe(false);
    const bad = d.reasons.filter((r) => r.code === "invalid_fact");
    expect(bad).toHaveLength(1);
    expect(bad[0].en).toMatch(/"isTechLeader".*is invalid/);
    expect(bad[0].zh).toContain("isTechLeader");
  });
});
