import { describe, expect, it } from "vitest";
import { evaluate } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c21-foreign-expert-studio";
const base = { constructionCompleted: true, grade: "excellent", eventDate: "2026-03-15" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2026, 20_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("fixed ¥200,000 for a completed studio assessed excellent", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 20_000_000, fixed: true });
  });
  it.each([
    [{ constructionCompleted: false }, ["construction_completed"]],
    [{ grade: "good" }, ["grade"]],
    [{ grade: "fail" }, ["grade"]],
    [{ constructionCompleted: false, grade: "pass" }, ["construction_completed", "grade"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(failing(d)).toEqual(codes);
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per studio: approved or paid blocks, rejected does not, another studio is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(20_000_000);
    expect(run({}, prior({ subject: "studio-2" })).eligible).toBe(true);
  });
  it("admits enterprises, universities, research institutes and social organisations", () => {
    expect(run({}, { applicant: makeApplicant({ orgType: "university" }) }).eligible).toBe(true);
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "hospital" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ constructionCompleted: 0, grade: undefined } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toMatch(/"constructionCompleted"[^,]*is invalid/);
    expect(en).toMatch(/"grade"[^,]*is missing/);
  });
});
