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
  /** default eligible grades for measures whose grade list is configurable (择优) */
  defaultGrades?: readonly Grade[];
  /** measure-level exception to "registered in Weihai" (none today; c04 keeps the check) */
  skipCityCheck?: boolean;
  fields: readonly FieldSpec[];
  /** money facts in which the ceiling never decreases (property-tested); [] when none */
  monotoneIn: readonly string[];
  documents: readonly DocumentSlot[];
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
