// The rows of the rules CLI (`npm run rules:eval`): one per case, in input order. Pure, so the
// CLI is only I/O around it and a test can compare the two.
import type { Engine } from "./core/engine";
import type { EvalInput, Reason, TraceStep } from "./core/types";
import { engine as defaultEngine } from "./index";

export interface CaseResult {
  id: unknown;
  measure: string | null;
  eligible: boolean;
  ceilingFen: number;
  fixed: boolean;
  reasons: Reason[];
  trace: TraceStep[];
}

const NOT_AN_OBJECT: Reason = {
  code: "invalid_case", clause: 0, ok: false,
  zh: "该案例不是 JSON 对象，无法审核", en: "The case is not a JSON object",
};

/** A case as the CLI reads it: { id, measure, applicant, subject, facts, history, params? }. */
export function evaluateCase(c: unknown, engine: Engine = defaultEngine): CaseResult {
  if (c === null || typeof c !== "object" || Array.isArray(c)) {
    return { id: null, measure: null, eligible: false, ceilingFen: 0, fixed: false, reasons: [{ ...NOT_AN_OBJECT }], trace: [] };
  }
  const o = c as Record<string, unknown>;
  const d = engine.evaluate(o as unknown as EvalInput);
  return {
    id: o.id === undefined ? null : o.id,
    measure: typeof o.measure === "string" ? o.measure : null,
    eligible: d.eligible,
    ceilingFen: d.ceilingFen,
    fixed: d.fixed,
    reasons: d.reasons,
    trace: d.trace,
  };
}

export function evaluateBatch(cases: readonly unknown[], engine: Engine = defaultEngine): CaseResult[] {
  const out: CaseResult[] = new Array(cases.length);
  for (let i = 0; i < cases.length; i++) out[i] = evaluateCase(cases[i], engine);
  return out;
}
