// The round form's schema, shared by the form (client) and the server (the service parses again).
// Messages are codes: under admin.errors.* or errors.* in the messages.
import * as z from "zod/mini";
import { parseYuan } from "../money";
import { GRADES, type Grade } from "../../rules/core/types";
// the titles as plain data, not the catalogue: the round form lists the measures in the browser
import { MEASURE_TITLES } from "../../rules/measures/titles";
import { beijingToUtc } from "./beijing-time";

export const MEASURE_IDS = MEASURE_TITLES.map((m) => m.id) as [string, ...string[]];
/** 择优 measures: their eligible grades are chosen per round (measures.md "default (configurable)") */
export const GRADED_MEASURES = MEASURE_TITLES.filter((m) => m.defaultGrades).map((m) => ({ id: m.id, defaultGrades: [...m.defaultGrades!] as Grade[] }));
const GRADED = new Set(GRADED_MEASURES.map((m) => m.id));

/** the measures grouped by clause, in catalog order */
export function measuresByClause(): { clause: number; measures: { id: string; zh: string; en: string }[] }[] {
  const out: { clause: number; measures: { id: string; zh: string; en: string }[] }[] = [];
  for (const m of MEASURE_TITLES) {
    let g = out.find((x) => x.clause === m.clause);
    if (!g) out.push((g = { clause: m.clause, measures: [] }));
    g.measures.push({ id: m.id, zh: m.zh, en: m.en });
  }
  return out;
}

/** "amount_negative" | "amount_invalid" | "required" | null for a yuan amount typed by a person */
export function yuanProblem(v: string | undefined): string | null {
  const s = (v ?? "").trim();
  if (!s) return "required";
  if (/^[-－]/.test(s)) return "amount_negative";
  return parseYuan(s) === null ? "amount_invalid" : null;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Stage time limits in working days when the admin sets none (the Round columns' defaults). */
export const ROUND_LIMIT_DEFAULTS = { fixWorkingDays: 10, reviewLimitDays: 15, confirmLimitDays: 5 } as const;
const workingDays = (max: number, message: string, fallback: number) =>
  z._default(z.number("invalid").check(z.int("invalid"), z.gte(1, message), z.lte(max, message)), fallback);

export const roundSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(2, "round_name"), z.maxLength(100, "too_long")),
    year: z.number("invalid").check(z.int("invalid"), z.gte(2023, "round_year"), z.lte(2028, "round_year")),
    opensAt: z.string().check(z.regex(DATETIME, "datetime")),
    closesAt: z.string().check(z.regex(DATETIME, "datetime")),
    totalBudget: z.string(),
    measureIds: z.array(z.enum(MEASURE_IDS)).check(z.minLength(1, "no_measure")),
    /** yuan per measure id; only those of measureIds are read */
    budgets: z.record(z.string(), z.string()),
    noticeDays: z.number("invalid").check(z.int("invalid"), z.gte(1, "notice_days"), z.lte(60, "notice_days")),
    /** working days an applicant has to fix a returned case; a reviewer has for a first review; a second reviewer to confirm */
    fixWorkingDays: workingDays(60, "fix_days", ROUND_LIMIT_DEFAULTS.fixWorkingDays),
    reviewLimitDays: workingDays(60, "review_limit_days", ROUND_LIMIT_DEFAULTS.reviewLimitDays),
    confirmLimitDays: workingDays(30, "confirm_limit_days", ROUND_LIMIT_DEFAULTS.confirmLimitDays),
    eligibleGrades: z.record(z.string(), z.array(z.enum(GRADES))),
    blacklistCheck: z.boolean(),
    /** the admin confirmed changing a round that already has cases */
    confirm: z.optional(z.boolean()),
  })
  .check(z.superRefine((v, ctx) => {
    const opens = beijingToUtc(v.opensAt);
    const closes = beijingToUtc(v.closesAt);
    if (DATETIME.test(v.opensAt) && !opens) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "datetime" });
    if (DATETIME.test(v.closesAt) && !closes) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "datetime" });
    if (opens && closes && closes <= opens) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "closes_before_opens" });
    const totalProblem = yuanProblem(v.totalBudget);
    if (totalProblem) ctx.addIssue({ code: "custom", path: ["totalBudget"], message: totalProblem });
    let sum = 0;
    let sumKnown = true;
    for (const id of new Set(v.measureIds)) {
      const p = yuanProblem(v.budgets[id]);
      if (p) {
        ctx.addIssue({ code: "custom", path: ["budgets", id], message: p });
        sumKnown = false;
      } else sum += parseYuan(v.budgets[id]!)!;
      if (GRADED.has(id) && !(v.eligibleGrades[id]?.length)) ctx.addIssue({ code: "custom", path: ["eligibleGrades", id], message: "grades_empty" });
    }
    if (!totalProblem && sumKnown && sum > parseYuan(v.totalBudget)!) {
      ctx.addIssue({ code: "custom", path: ["totalBudget"], message: "budget_over_total" });
    }
  }));

export type RoundInput = z.input<typeof roundSchema>;

/** What is stored: fen, UTC instants, and the rule-parameter overrides (rules RuleParams). */
export function roundData(v: z.output<typeof roundSchema>) {
  const measureIds = [...new Set(v.measureIds)];
  const eligibleGrades: Record<string, Grade[]> = {};
  for (const id of measureIds) if (GRADED.has(id)) eligibleGrades[id] = GRADES.filter((g) => v.eligibleGrades[id]?.includes(g));
  return {
    name: v.name,
    year: v.year,
    opensAt: beijingToUtc(v.opensAt)!,
    closesAt: beijingToUtc(v.closesAt)!,
    totalBudgetFen: BigInt(parseYuan(v.totalBudget)!),
    noticeDays: v.noticeDays,
    fixWorkingDays: v.fixWorkingDays,
    reviewLimitDays: v.reviewLimitDays,
    confirmLimitDays: v.confirmLimitDays,
    params: { eligibleGrades, blacklistCheck: v.blacklistCheck },
    measures: measureIds.map((measureId) => ({ measureId, budgetFen: BigInt(parseYuan(v.budgets[measureId]!)!) })),
  };
}

/** fen -> what the yuan input shows ("1234.5" style, no grouping): exact, no floating point */
export function fenToYuanInput(fen: bigint | number): string {
  const f = BigInt(fen);
  const y = f / 100n;
  const c = f % 100n;
  return c === 0n ? y.toString() : `${y}.${c.toString().padStart(2, "0")}`;
}
