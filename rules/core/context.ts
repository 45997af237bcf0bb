// The RuleContext a measure's rule receives. A class, not an object of closures: one small
// allocation per evaluation and methods shared on the prototype (this runs a million times a second).
import type { RuleContext } from "./measure";
import type { Grade, Reason, RuleParams, TraceStep } from "./types";

const NO_GRADES: Grade[] = [];
const NO_HISTORY: readonly unknown[] = [];

/** general rule 7: only approved and paid earlier cases count */
export const isCounting = (status: unknown): boolean => status === "approved" || status === "paid";

export class EvalContext implements RuleContext {
  /** true once any check failed */
  failed = false;

  constructor(
    readonly params: RuleParams,
    readonly measureId: string,
    readonly clause: number,
    /** null when the engine writes no reasons (a check then only marks the decision failed) */
    readonly reasons: Reason[] | null,
    /** null when the engine runs untraced */
    readonly trace: TraceStep[] | null,
    /** the applicant's organisation type ("" when not given); the engine checks it is admitted */
    readonly orgType: string = "",
    /** the applicant's history as given (entries not yet checked: garbage is ignored when read) */
    readonly history: readonly unknown[] = NO_HISTORY,
  ) {}

  check(ok: boolean, code: string, zh: string, en: string): boolean {
    if (this.reasons !== null) this.reasons.push({ code, clause: this.clause, ok, zh, en });
    if (!ok) this.failed = true;
    return ok;
  }

  step(step: string, inputs: Record<string, unknown>, result: unknown): void {
    if (this.trace !== null) this.trace.push({ step, inputs, result });
  }

  eligibleGrades(): Grade[] {
    // the defaults of every 择优 measure are part of the params (see createEngine), overrides replace them
    return this.params.eligibleGrades[this.measureId] ?? NO_GRADES;
  }

  awardedInYear(year: number): boolean {
    const h = this.history;
    for (let i = 0; i < h.length; i++) {
      const e = h[i] as Record<string, unknown> | null;
      if (e !== null && typeof e === "object" && e.measure === this.measureId && e.year === year && isCounting(e.status)) return true;
    }
    return false;
  }
}
