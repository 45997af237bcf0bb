// What a measure module exports: its metadata, its facts, and its rule.
import type { FieldSpec, Label } from "./fields";
import type { BureauId, Grade, MeasureKind, OrgType, RuleParams } from "./types";

export interface RuleContext {
  readonly params: RuleParams;
  /** the applicant's organisation type, for clauses that treat types differently (c30) */
  readonly orgType: string;
  /** records a check for (ok=true) or against (ok=false) citing the measure's clause; returns ok */
  check(ok: boolean, code: string, zh: string, en: string): boolean;
  /** records an arithmetic or lookup step for the trace */
  step(step: string, inputs: Record<string, unknown>, result: unknown): void;
  /** the grades this round admits for this measure (param eligibleGrades or the measure default) */
  eligibleGrades(): Grade[];
  /**
   * whether the applicant's history holds an award of this measure (an approved or paid case,
   * general rule 7) whose cap year is `year`: for clauses that pay once per year (c09)
   */
  awardedInYear(year: number): boolean;
}

/** What a rule returns: the measure's own ceiling before annual/lifetime caps. */
export interface RuleResult {
  ceilingFen: number;
  fixed: boolean;
}

export interface DocumentSlot extends Label {
  key: string;
  /**
   * A template the applicant fills in for this material (a list or a plan the applicant writes
   * itself): a file under public/templates/ and the name it downloads as (`label.zh` + extension).
   * Certificates, contracts and approvals come from others and have none.
   */
  template?: { file: string; label: Label };
}

/**
 * A check across several facts (dates in order, a part no larger than its whole). It runs in the
 * form (message next to the field), at save and submit (refused with the same message) and in the
 * engine (reason `inconsistent_facts`), only once every fact in `fields` is answered and valid.
 */
export interface FactCheck<F = Record<string, any>> {
  /** unique within the measure */
  code: string;
  /** the facts it reads */
  fields: readonly (keyof F & string)[];
  /** the field the message is shown next to; default the first of `fields` */
  at?: keyof F & string;
  /** true when the facts agree */
  test: (facts: F) => boolean;
  /** what is wrong, with the values, in both languages */
  message: (facts: F) => Label;
}

/**
 * A fact the form does not ask because other answers settle it (c09: the year end is 31 December of
 * the fiscal year). The form shows the value; save derives it; a different value sent anyway is
 * refused like a failed FactCheck, next to the first of `from`.
 */
export interface DerivedFact<F = Record<string, any>> {
  from: readonly (keyof F & string)[];
  value: (facts: F) => unknown;
}

export interface MeasureDef<F = Record<string, any>> {
  id: string;
  clause: number;
  kind: MeasureKind;
  title: Label;
  /** one-line plain-language summary of what is paid */
  summary: Label;
  /** the policy sentence(s) this measure implements, verbatim from weihai-2023-5-zh.txt */
  quote: string;
  orgTypes: readonly OrgType[];
  leadBureau: BureauId;
  coBureaus: readonly BureauId[];
  once: boolean;
  annualCapFen?: number;
  lifetimeCapFen?: number;
  /** the most this measure can ever pay on one case, in fen (for property tests and display) */
  maxFen: number;
  /** a fixed award that the clause sets at several amounts (by grade, level, role): each of them, for display */
  fixedAmountsFen?: readonly number[];
  /** default eligible grades for measures whose grade list is configurable (择优) */
  defaultGrades?: readonly Grade[];
  /** measure-level exception to "registered in Weihai" (none today; c04 keeps the check) */
  skipCityCheck?: boolean;
  fields: readonly FieldSpec[];
  /** money facts in which the ceiling never decreases (property-tested); [] when none */
  monotoneIn: readonly string[];
  documents: readonly DocumentSlot[];
  /** checks across facts (see FactCheck); none when absent */
  checks?: readonly FactCheck<F>[];
  /** facts settled by other answers, by name (see DerivedFact) */
  derived?: { readonly [K in keyof F & string]?: DerivedFact<F> };
  /** the case's subject as other answers settle it (c09: "2025年度研发投入"), prefilled in the form */
  subjectFrom?: DerivedFact<F>;
  /** cap year of the case; default: year of eventDate */
  capYear?: (facts: F) => number;
  /**
   * The clause's own conditions and amount. Facts are already validated.
   * Call ctx.check for every condition (all of them, so every failing one is reported),
   * then return the ceiling; the engine zeroes it when any check failed.
   */
  rule: (facts: F, ctx: RuleContext) => RuleResult;
}

export function defineMeasure<F = Record<string, any>>(def: MeasureDef<F>): MeasureDef<F> {
  return def;
}
