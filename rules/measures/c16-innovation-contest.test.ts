import { describe, expect, it } from "vitest";
import { checkFacts } from "../core/checks";
import { evaluate, MEASURES } from "../index";
import type { HistoryEntry } from "../core/types";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c16-innovation-contest";
const base = { reachedNationalFinals: true, namedExcellentEnterprise: true, eventDate: "2024-11-20" };
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);
const prior = (over: Partial<HistoryEntry> = {}) => ({ history: [award(ID, 2024, 10_000_000, { subject: "subject-1", ...over })] });

describe(ID, () => {
  it("fixed ¥100,000 for national finalists named excellent", () => {
    expect(run()).toMatchObject({ eligible: true, ceilingFen: 10_000_000, fixed: true });
  });
  it.each([
    // the title without the finals contradicts itself: refused as such before the rule runs
    [{ reachedNationalFinals: false }, ["title_needs_finals"]],
    [{ namedExcellentEnterprise: false }, ["excellent_enterprise"]],
    [{ reachedNationalFinals: false, namedExcellentEnterprise: false }, ["national_finals", "excellent_enterprise"]],
  ])("fails on %o", (f, codes) => {
    const d = run(f);
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0, fixed: true });
    expect(failing(d)).toEqual(codes);
  });
  it.each([
    [true, true, true], [true, false, false], [false, true, true], [false, false, true],
  ] as const)("named excellent %s, reached finals %s: consistent %s", (named, finals, ok) => {
    const m = MEASURES.find((x) => x.id === ID)!;
    const issues = checkFacts(m, { ...base, namedExcellentEnterprise: named, reachedNationalFinals: finals });
    expect(issues.length === 0).toBe(ok);
    if (!ok) expect(issues[0]).toMatchObject({ field: "reachedNationalFinals", code: "title_needs_finals" });
  });
  it("window edges are inclusive", () => {
    expect(failing(run({ eventDate: "2023-07-12" }))).toEqual(["policy_window"]);
    expect(run({ eventDate: "2023-07-13" }).eligible).toBe(true);
    expect(run({ eventDate: "2028-07-12" }).eligible).toBe(true);
    expect(failing(run({ eventDate: "2028-07-13" }))).toEqual(["policy_window"]);
  });
  it("once per title: approved or paid blocks, rejected does not, another contest year is fine", () => {
    expect(failing(run({}, prior()))).toEqual(["once_per_subject"]);
    expect(failing(run({}, prior({ status: "paid" })))).toEqual(["once_per_subject"]);
    expect(run({}, prior({ status: "rejected" })).ceilingFen).toBe(10_000_000);
    expect(run({}, prior({ subject: "contest-2025" })).eligible).toBe(true);
  });
  it("enterprises only", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "team" }) }))).toEqual(["org_type"]);
  });
  it("names each bad field", () => {
    const d = run({ eventDate: "2024-02-30", namedExcellentEnterprise: 1 } as never);
    expect(d.eligible).toBe(false);
    const en = d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join();
    expect(en).toContain('"eventDate"');
    expect(en).toContain('"namedExcellentEnterprise"');
  });
});
