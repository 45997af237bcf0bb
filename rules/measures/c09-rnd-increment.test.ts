import { describe, expect, it } from "vitest";
import { checkFacts, deriveFacts, derivedSubject } from "../core/checks";
import { dayZh } from "../core/format";
import { evaluate, MEASURES } from "../index";
import { award, makeApplicant, makeInput } from "../testing/builders";

const ID = "c09-rnd-increment";
const base = {
  fiscalYear: 2025, aboveDesignatedSize: true, hasRndActivity: true, qualifications: ["tech_sme"],
  rndPrevYearFen: 1_000_000_000, rndThisYearFen: 1_150_000_000, eventDate: "2025-12-31",
};
const run = (f: Partial<typeof base> = {}, over = {}) => evaluate(makeInput(ID, { ...base, ...f }, over));
const failing = (d: ReturnType<typeof run>) => d.reasons.filter((r) => !r.ok).map((r) => r.code);

describe(ID, () => {
  it("pays 5% of the increment when growth >= 10% and increment > ¥1m", () => {
    const d = run();
    expect(d).toMatchObject({ eligible: true, ceilingFen: 7_500_000, fixed: false });
    expect(d.reasons.find((r) => r.code === "growth_10pct")?.zh).toContain("15.0%");
  });
  it("caps at ¥1m per year", () => {
    expect(run({ rndPrevYearFen: 10_000_000_000, rndThisYearFen: 15_000_000_000 }).ceilingFen).toBe(100_000_000);
  });
  it("10% growth exactly is enough (含)", () => {
    const d = run({ rndPrevYearFen: 2_000_000_000, rndThisYearFen: 2_200_000_000 });
    expect(d.eligible).toBe(true);
    expect(d.ceilingFen).toBe(10_000_000);
  });
  it("growth just under 10% fails", () => {
    const d = run({ rndPrevYearFen: 2_000_000_000, rndThisYearFen: 2_199_999_999 });
    expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
    expect(failing(d)).toEqual(["growth_10pct"]);
  });
  it("increment of exactly ¥1m is not 超过", () => {
    const d = run({ rndPrevYearFen: 500_000_000, rndThisYearFen: 600_000_000 });
    expect(failing(d)).toEqual(["increment_over_1m"]);
  });
  it("increment of ¥1m + 1 fen passes", () => {
    expect(run({ rndPrevYearFen: 500_000_000, rndThisYearFen: 600_000_001 }).eligible).toBe(true);
  });
  it("needs a baseline", () => {
    expect(failing(run({ rndPrevYearFen: 0 }))).toContain("baseline");
  });
  it.each([
    [{ aboveDesignatedSize: false }, "above_designated_size"],
    [{ hasRndActivity: false }, "has_rnd_activity"],
    [{ qualifications: [] }, "qualification"],
    [{ fiscalYear: 2022, eventDate: "2022-12-31" }, "policy_window"],
  ])("fails on %o", (f, code) => {
    const d = run(f as Partial<typeof base>);
    expect(d.ceilingFen).toBe(0);
    expect(failing(d)).toContain(code);
  });
  it("the year ends inside the policy window for fiscal years 2023 to 2027, not 2028 (31 Dec is after 2028-07-12)", () => {
    const year = (y: number) => run({ fiscalYear: y, eventDate: `${y}-12-31` });
    expect([2022, 2023, 2027, 2028].map((y) => year(y).eligible)).toEqual([false, true, true, false]);
  });
  // the year is asked once: the year end is derived from it, and a different one is refused
  it.each([
    ["2025 with year end 2025-12-31", 2025, "2025-12-31", true],
    ["2025 with year end 2023-12-31", 2025, "2023-12-31", false],
    ["2025 with year end 2025-06-30", 2025, "2025-06-30", false],
    ["2024 with year end 2025-12-31", 2024, "2025-12-31", false],
  ] as const)("fiscal year %s: consistent %s", (_what, fiscalYear, eventDate, ok) => {
    const m = MEASURES.find((x) => x.id === ID)!;
    const issues = checkFacts(m, { ...base, fiscalYear, eventDate });
    expect(issues.length === 0).toBe(ok);
    expect(deriveFacts(m, { fiscalYear }).eventDate).toBe(`${fiscalYear}-12-31`);
    if (!ok) {
      expect(issues[0]).toMatchObject({ field: "fiscalYear", code: "derived_eventDate" });
      // dates read as each language writes them, never as ISO
      expect(issues[0].zh).toContain(`${fiscalYear}年12月31日`);
      expect(issues[0].zh).toContain(dayZh(eventDate));
      expect(issues[0].en).toContain(`31 Dec ${fiscalYear}`);
      expect(issues[0].zh + issues[0].en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const d = run({ fiscalYear, eventDate });
      expect(d).toMatchObject({ eligible: false, ceilingFen: 0 });
      expect(failing(d)).toEqual(["derived_eventDate"]);
    }
  });
  it("the subject follows from the year; nothing is derived from a missing or invalid year", () => {
    const m = MEASURES.find((x) => x.id === ID)!;
    expect(derivedSubject(m, { fiscalYear: 2025 })).toBe("2025年度研发投入");
    expect(derivedSubject(m, {})).toBeNull();
    expect(deriveFacts(m, { fiscalYear: 1999, eventDate: "1999-12-31" })).not.toHaveProperty("eventDate");
  });
  // measures.md, changed 2026-12-04: one award per enterprise per fiscal year
  it.each([
    ["an approved award for the same fiscal year", [award(ID, 2025, 7_500_000)], false],
    ["a paid award for the same fiscal year", [award(ID, 2025, 7_500_000, { status: "paid" })], false],
    ["a small award for the same year, cap not reached", [award(ID, 2025, 1_000, { status: "paid" })], false],
    ["a same-year award on another subject", [award(ID, 2025, 7_500_000, { subject: "other-line" })], false],
    ["an award for another fiscal year", [award(ID, 2024, 100_000_000, { status: "paid" })], true],
    ["an award for the next fiscal year", [award(ID, 2026, 7_500_000)], true],
    ["a rejected same-year case", [award(ID, 2025, 7_500_000, { status: "rejected" })], true],
    ["a submitted same-year case", [award(ID, 2025, 7_500_000, { status: "submitted" })], true],
    ["a withdrawn same-year case", [award(ID, 2025, 7_500_000, { status: "withdrawn" })], true],
    ["a same-year award of another measure", [award("c14-tech-contract", 2025, 7_500_000)], true],
  ] as const)("history with %s: eligible %s", (_what, history, eligible) => {
    const d = run({}, { history: [...history] });
    expect(d.eligible).toBe(eligible);
    if (eligible) expect(d.ceilingFen).toBe(7_500_000);
    else {
      expect(d.ceilingFen).toBe(0);
      expect(failing(d)).toEqual(["already_awarded"]);
    }
  });
  it("already_awarded cites clause 9 and the fiscal year in both languages", () => {
    const no = run({}, { history: [award(ID, 2025, 7_500_000, { status: "paid" })] }).reasons.find((r) => r.code === "already_awarded")!;
    expect(no).toMatchObject({ ok: false, clause: 9 });
    expect(no.zh).toMatch(/2025.*第9条/);
    expect(no.en).toMatch(/2025.*clause 9/);
    const yes = run().reasons.find((r) => r.code === "already_awarded")!;
    expect(yes).toMatchObject({ ok: true, clause: 9 });
  });
  it("the year compared is fiscalYear", () => {
    const d = run({ fiscalYear: 2024, eventDate: "2024-12-31" }, { history: [award(ID, 2025, 7_500_000)] });
    expect(d.eligible).toBe(true);
    expect(failing(run({ fiscalYear: 2024, eventDate: "2024-12-31" }, { history: [award(ID, 2024, 7_500_000)] }))).toEqual(["already_awarded"]);
  });
  it("only enterprises in Weihai, not blacklisted", () => {
    expect(failing(run({}, { applicant: makeApplicant({ orgType: "university" }) }))).toEqual(["org_type"]);
    expect(failing(run({}, { applicant: makeApplicant({ registeredInCity: false }) }))).toEqual(["registered_in_city"]);
    expect(failing(run({}, { applicant: makeApplicant({ creditBlacklisted: true }) }))).toEqual(["credit_blacklist"]);
    expect(run({}, { applicant: makeApplicant({ creditBlacklisted: true }), params: { blacklistCheck: false } }).eligible).toBe(true);
  });
  it("names each bad field", () => {
    const d = run({ rndThisYearFen: -1, qualifications: ["nope"] } as never);
    expect(d.eligible).toBe(false);
    expect(d.reasons.filter((r) => r.code === "invalid_fact").map((r) => r.en).join()).toMatch(/rndThisYearFen.*qualifications|qualifications.*rndThisYearFen/);
  });
});
