// The engine: general eligibility rules of measures.md, then the measure's own rule, then the
// once / annual / lifetime caps against history. Never throws; ineligible means ceiling 0.
// Hot path: nothing but the decision itself is allocated per evaluation (no closures, Maps or
// Sets); what does not depend on the case is built once per measure (compile.ts).
import { type CompiledMeasure, compileMeasure, ORG_INDEX, orgOtherText, type Text } from "./compile";
import { checkFacts } from "./checks";
import { EvalContext, isCounting } from "./context";
import type { BadField } from "./fields";
import { dayEn, dayZh, yuan } from "./format";
import type { MeasureDef } from "./measure";
import { defaultParams, hashParams, mergeParams } from "./params";
import { POLICY_END, POLICY_START, RULESET_VERSION } from "./policy";
import type { Decision, EvalInput, Grade, Reason, RuleParams, TraceStep } from "./types";

export { POLICY_END, POLICY_START, RULESET_VERSION };

export interface Engine {
  measures: ReadonlyMap<string, MeasureDef>;
  defaults: RuleParams;
  defaultsHash: string;
  evaluate(input: EvalInput): Decision;
}

export interface EngineOptions {
  /** record trace steps (default true); false only for measuring what the trace costs */
  trace?: boolean;
  /**
   * write the reasons (default true). false: the decision's eligibility and ceiling only, with no
   * reasons (their text is most of an evaluation's allocations): for a what-if over a whole round,
   * which asks for the reasons of the few cases that change.
   */
  reasons?: boolean;
  /** replaces the fast validator, per measure (the benchmark's zod baseline) */
  validator?: (m: MeasureDef) => (facts: unknown) => readonly BadField[];
}

interface Resolved {
  params: RuleParams;
  hash: string;
}

const isAward = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n > 0;

function push(ctx: EvalContext, ok: boolean, code: string, t: Text): void {
  if (ctx.reasons !== null) ctx.reasons.push({ code, clause: ctx.clause, ok, zh: t.zh, en: t.en });
  if (!ok) ctx.failed = true;
}

export function createEngine(list: readonly MeasureDef[], options: EngineOptions = {}): Engine {
  const traced = options.trace !== false;
  const withReasons = options.reasons !== false;
  const measures = new Map<string, MeasureDef>();
  const compiled = new Map<string, CompiledMeasure>();
  const grades: Record<string, Grade[]> = {};
  for (const m of list) {
    measures.set(m.id, m);
    compiled.set(m.id, compileMeasure(m, options.validator?.(m)));
    if (m.defaultGrades) grades[m.id] = [...m.defaultGrades];
  }
  const defaults = defaultParams(grades);
  const defaultsHash = hashParams(defaults);
  const defaultResolved: Resolved = { params: defaults, hash: defaultsHash };
  // per-round params objects are reused across many cases: merge and hash each object once.
  // So a params object is taken as immutable once passed: to change parameters, pass a new object.
  const resolvedCache = new WeakMap<object, Resolved>();

  function resolveParams(over: unknown): Resolved {
    if (over === undefined || over === null || typeof over !== "object") return defaultResolved;
    let r = resolvedCache.get(over);
    if (r === undefined) {
      const params = mergeParams(defaults, over as EvalInput["params"]);
      r = params === defaults ? defaultResolved : { params, hash: hashParams(params) };
      resolvedCache.set(over, r);
    }
    return r;
  }

  // Never throws: the engine's own code reads its input defensively, and the measures' code
  // (rule, capYear) runs inside guardedRule. A try/catch here would cost a third of the speed.
  function evaluate(input: EvalInput): Decision {
    const inp = (input !== null && typeof input === "object" ? input : {}) as Partial<EvalInput>;
    const { params, hash } = resolveParams(inp.params);
    const measureId = typeof inp.measure === "string" ? inp.measure : "";
    const reasons: Reason[] = [];
    const trace: TraceStep[] = [];
    const cm = compiled.get(measureId);
    if (cm === undefined) {
      const shown = measureId || (inp.measure === undefined ? "" : describe(inp.measure));
      reasons.push({ code: "unknown_measure", clause: 0, ok: false, zh: `未知的政策事项：${shown || "（空）"}`, en: `Unknown measure: ${shown || "(empty)"}` });
      return { measure: measureId, eligible: false, ceilingFen: 0, fixed: false, reasons, trace, rulesetVersion: RULESET_VERSION, paramsHash: hash };
    }
    const ctxOrgType = inp.applicant !== null && typeof inp.applicant === "object" && typeof (inp.applicant as { orgType?: unknown }).orgType === "string"
      ? (inp.applicant as { orgType: string }).orgType : "";
    const history: unknown[] = Array.isArray(inp.history) ? inp.history : [];
    const ctx = new EvalContext(params, measureId, cm.clause, withReasons ? reasons : null, traced ? trace : null, ctxOrgType, history);

    // facts first: without valid facts nothing else can be computed
    const bad = cm.validate(inp.facts);
    for (let i = 0; i < bad.length; i++) {
      const b = bad[i];
      const t = b.problem === "not_object" ? cm.notObject : b.problem === "missing" ? cm.missing[b.name] : cm.invalid[b.name];
      push(ctx, false, "invalid_fact", t);
    }
    const app = (inp.applicant !== null && typeof inp.applicant === "object" ? inp.applicant : {}) as Partial<EvalInput["applicant"]>;

    // general rule 1: registered in Weihai
    if (cm.cityCheck) {
      const inCity = app.registeredInCity === true;
      push(ctx, inCity, "registered_in_city", inCity ? cm.cityOk : cm.cityBad);
    }
    // general rule 4: admitted organisation type
    const orgType = typeof app.orgType === "string" ? app.orgType : "";
    const oi = ORG_INDEX[orgType];
    if (typeof oi === "number") push(ctx, cm.orgAdmitted[oi], "org_type", cm.orgText[oi]);
    else push(ctx, false, "org_type", orgOtherText(orgType, cm.clause));
    // general rule 3: credit blacklist
    if (params.blacklistCheck) {
      const clean = app.creditBlacklisted === false;
      push(ctx, clean, "credit_blacklist", clean ? cm.creditOk : cm.creditBad);
    }
    if (bad.length > 0) {
      ctx.step("validate_facts", { fields: cm.fieldCount }, bad);
      return { measure: measureId, eligible: false, ceilingFen: 0, fixed: cm.fixedKind, reasons, trace, rulesetVersion: RULESET_VERSION, paramsHash: hash };
    }
    const facts = inp.facts as Record<string, any>;
    // facts that contradict each other (the measure's checks across facts): nothing to compute from
    if (cm.crossChecked) {
      const issues = checkFacts(cm.m, facts, bad);
      if (issues.length > 0) {
        for (const i of issues) push(ctx, false, i.code, { zh: i.zh + cm.clauseTail.zh, en: i.en + cm.clauseTail.en });
        ctx.step("check_facts", { checks: issues.map((i) => i.code) }, false);
        return { measure: measureId, eligible: false, ceilingFen: 0, fixed: cm.fixedKind, reasons, trace, rulesetVersion: RULESET_VERSION, paramsHash: hash };
      }
    }

    // general rule 2: event inside the policy window
    const ev: string = facts.eventDate;
    const inWindow = ev >= POLICY_START && ev <= POLICY_END;
    const tail = inWindow ? cm.windowOkTail : cm.windowBadTail;
    if (withReasons) reasons.push({ code: "policy_window", clause: cm.clause, ok: inWindow, zh: "事项日期 " + dayZh(ev) + tail.zh, en: "Event date " + dayEn(ev) + tail.en });
    if (!inWindow) ctx.failed = true;
    ctx.step("policy_window", { eventDate: ev, from: POLICY_START, to: POLICY_END }, inWindow);

    // the clause's own rule
    const r = guardedRule(cm, facts, ctx);
    let ceiling = r.ceilingFen;
    ctx.step("measure_ceiling", { measure: measureId }, ceiling);

    const subject = typeof inp.subject === "string" ? inp.subject : "";
    // general rule 5: once per applicant and subject
    if (cm.once) onceCheck(ctx, cm, history, subject);
    // general rule 6: annual cap per applicant per measure per cap year
    if (cm.annualCapFen >= 0 && !ctx.failed) ceiling = annualCap(ctx, cm.annualCapFen, history, capYear(cm, facts, ev), ceiling);
    // lifetime cap (c23)
    if (cm.lifetimeCapFen >= 0 && !ctx.failed) ceiling = lifetimeCap(ctx, cm.lifetimeCapFen, history, ceiling);
    if (!ctx.failed && ceiling <= 0) push(ctx, false, "zero_ceiling", cm.zeroCeiling);
    const eligible = !ctx.failed;
    return {
      measure: measureId, eligible, ceilingFen: eligible ? ceiling : 0, fixed: r.fixed, reasons, trace,
      rulesetVersion: RULESET_VERSION, paramsHash: hash,
    };
  }

  return { measures, defaults, defaultsHash, evaluate };
}

const INTERNAL_ERROR: Text = { zh: "规则计算出错，请联系管理员", en: "The rules failed on this case; contact the administrator" };

/** The measure's rule; a throw or a nonsense amount becomes a failed internal_error check. */
function guardedRule(cm: CompiledMeasure, facts: Record<string, unknown>, ctx: EvalContext): { ceilingFen: number; fixed: boolean } {
  let ceilingFen: unknown, fixed: unknown, error: unknown, threw = false;
  try {
    const r = cm.rule(facts, ctx);
    ceilingFen = r.ceilingFen;
    fixed = r.fixed;
  } catch (e) {
    threw = true;
    error = e;
  }
  if (!threw && typeof ceilingFen === "number" && Number.isSafeInteger(ceilingFen)) return { ceilingFen, fixed: fixed === true };
  ctx.step("error", { measure: cm.id }, threw ? describe(error) : `invalid amount ${describe(ceilingFen)}`);
  ctx.check(false, "internal_error", INTERNAL_ERROR.zh, INTERNAL_ERROR.en);
  return { ceilingFen: 0, fixed: fixed === true };
}

function describe(v: unknown): string {
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}

function capYear(cm: CompiledMeasure, facts: Record<string, unknown>, ev: string): number {
  let y: unknown;
  try {
    y = cm.capYear !== null ? cm.capYear(facts) : undefined;
  } catch {
    y = undefined;
  }
  return typeof y === "number" && Number.isInteger(y) ? y : +ev.slice(0, 4);
}

function onceCheck(ctx: EvalContext, cm: CompiledMeasure, history: unknown[], subject: string): void {
  const id = ctx.measureId;
  let dup = false;
  for (let i = 0; i < history.length; i++) {
    const h = history[i] as Record<string, unknown> | null;
    if (h !== null && typeof h === "object" && h.measure === id && h.subject === subject && isCounting(h.status)) {
      dup = true;
      break;
    }
  }
  ctx.step("once_per_subject", { subject, historyEntries: history.length }, dup);
  if (ctx.reasons === null) {
    if (dup) ctx.failed = true;
    return;
  }
  const tail = dup ? cm.onceDupTail : cm.onceNewTail;
  ctx.check(!dup, "once_per_subject", "“" + subject + tail.zh, '"' + subject + tail.en);
}

/** approved/paid awards of this measure in history, in one cap year or (year null) in all */
function used(history: unknown[], id: string, year: number | null): number {
  let sum = 0;
  for (let i = 0; i < history.length; i++) {
    const h = history[i] as Record<string, unknown> | null;
    if (h !== null && typeof h === "object" && h.measure === id && (year === null || h.year === year) && isCounting(h.status) && isAward(h.awardedFen)) sum += h.awardedFen;
  }
  return sum;
}

function annualCap(ctx: EvalContext, cap: number, history: unknown[], year: number, ceiling: number): number {
  const clause = ctx.clause;
  const u = used(history, ctx.measureId, year);
  const left = Math.max(0, cap - u);
  const out = Math.min(ceiling, left);
  ctx.step("annual_cap", { year, capFen: cap, usedFen: u, caseFen: ceiling }, out);
  if (ctx.reasons === null) {
    if (left <= 0) ctx.failed = true;
    return out;
  }
  ctx.check(left > 0, "annual_cap",
    left > 0 ? `${year}年度上限 ${yuan(cap)}，已获 ${yuan(u)}，剩余 ${yuan(left)}（第${clause}条）` : `${year}年度上限 ${yuan(cap)} 已用完（已获 ${yuan(u)}）（第${clause}条）`,
    left > 0 ? `Annual cap ${yuan(cap)} for ${year}: ${yuan(u)} used, ${yuan(left)} left (clause ${clause})` : `Annual cap ${yuan(cap)} for ${year} is used up (${yuan(u)} awarded) (clause ${clause})`);
  return out;
}

function lifetimeCap(ctx: EvalContext, cap: number, history: unknown[], ceiling: number): number {
  const clause = ctx.clause;
  const u = used(history, ctx.measureId, null);
  const left = Math.max(0, cap - u);
  const out = Math.min(ceiling, left);
  ctx.step("lifetime_cap", { capFen: cap, usedFen: u, caseFen: ceiling }, out);
  if (ctx.reasons === null) {
    if (left <= 0) ctx.failed = true;
    return out;
  }
  ctx.check(left > 0, "lifetime_cap",
    left > 0 ? `累计上限 ${yuan(cap)}，已获 ${yuan(u)}，剩余 ${yuan(left)}（第${clause}条）` : `累计上限 ${yuan(cap)} 已用完（已获 ${yuan(u)}）（第${clause}条）`,
    left > 0 ? `Lifetime cap ${yuan(cap)}: ${yuan(u)} used, ${yuan(left)} left (clause ${clause})` : `Lifetime cap ${yuan(cap)} is used up (${yuan(u)} awarded) (clause ${clause})`);
  return out;
}
