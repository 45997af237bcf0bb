// The engine: general eligibility rules of measures.md, then the measure's own rule, then the
// once / annual / lifetime caps against history. Never throws; ineligible means ceiling 0.
import { badFields } from "./fields";
import { yuan } from "./format";
import type { MeasureDef, RuleContext } from "./measure";
import { defaultParams, hashParams, mergeParams } from "./params";
import type { Decision, EvalInput, Grade, HistoryEntry, Reason, RuleParams, TraceStep } from "./types";

export const RULESET_VERSION = "2023-5.1.0";
export const POLICY_START = "2023-07-13";
export const POLICY_END = "2028-07-12";

const COUNTING = new Set(["approved", "paid"]);
const ORG_ZH: Record<string, string> = {
  enterprise: "企业", university: "高校", research_institute: "科研院所", hospital: "医疗机构",
  social_org: "社会组织", bank: "银行", insurer: "保险机构", individual: "个人", team: "创业团队",
};

export interface Engine {
  measures: ReadonlyMap<string, MeasureDef>;
  defaults: RuleParams;
  evaluate(input: EvalInput): Decision;
}

export function createEngine(list: readonly MeasureDef[]): Engine {
  const measures = new Map(list.map((m) => [m.id, m] as const));
  const grades: Record<string, Grade[]> = {};
  for (const m of list) if (m.defaultGrades) grades[m.id] = [...m.defaultGrades];
  const defaults = defaultParams(grades);
  const defaultsHash = hashParams(defaults);
  // per-round params objects are reused across many cases: hash each once
  const hashCache = new WeakMap<object, { params: RuleParams; hash: string }>();

  function resolveParams(over: EvalInput["params"]): { params: RuleParams; hash: string } {
    if (over === undefined || over === null || typeof over !== "object") return { params: defaults, hash: defaultsHash };
    const hit = hashCache.get(over);
    if (hit) return hit;
    const params = mergeParams(defaults, over);
    const r = { params, hash: hashParams(params) };
    hashCache.set(over, r);
    return r;
  }

  function evaluate(input: EvalInput): Decision {
    try {
      return run(input);
    } catch (e) {
      // a bug in a rule must not take the caller down; the case is simply not decided positively
      return {
        measure: String((input as any)?.measure ?? ""), eligible: false, ceilingFen: 0, fixed: false,
        reasons: [{ code: "internal_error", clause: 0, ok: false, zh: "规则计算出错，请联系管理员", en: "The rules failed on this case; contact the administrator" }],
        trace: [{ step: "error", inputs: {}, result: String(e) }], rulesetVersion: RULESET_VERSION, paramsHash: defaultsHash,
      };
    }
  }

  function run(input: EvalInput): Decision {
    const inp = (input && typeof input === "object" ? input : {}) as Partial<EvalInput>;
    const { params, hash } = resolveParams(inp.params);
    const measureId = typeof inp.measure === "string" ? inp.measure : "";
    const m = measures.get(measureId);
    const reasons: Reason[] = [];
    const trace: TraceStep[] = [];
    const decision = (eligible: boolean, ceilingFen: number, fixed: boolean): Decision => ({
      measure: measureId, eligible, ceilingFen: eligible ? ceilingFen : 0, fixed, reasons, trace,
      rulesetVersion: RULESET_VERSION, paramsHash: hash,
    });
    if (!m) {
      reasons.push({ code: "unknown_measure", clause: 0, ok: false, zh: `未知的政策事项：${measureId || "（空）"}`, en: `Unknown measure: ${measureId || "(empty)"}` });
      return decision(false, 0, false);
    }
    const clause = m.clause;
    let failed = false;
    const ctx: RuleContext = {
      params,
      check(ok, code, zh, en) {
        reasons.push({ code, clause, ok, zh, en });
        if (!ok) failed = true;
        return ok;
      },
      step(step, inputs, result) {
        trace.push({ step, inputs, result });
      },
      eligibleGrades() {
        return params.eligibleGrades[m.id] ?? (m.defaultGrades ? [...m.defaultGrades] : []);
      },
    };

    // facts first: without valid facts nothing else can be computed
    const bad = badFields(m.fields, inp.facts);
    for (const b of bad) {
      ctx.check(false, "invalid_fact", `填报项「${b.name}」${b.problem === "missing" ? "缺失" : "格式或取值无效"}（第${clause}条）`,
        `Field "${b.name}" is ${b.problem === "missing" ? "missing" : "invalid"} (clause ${clause})`);
    }
    const app = (inp.applicant && typeof inp.applicant === "object" ? inp.applicant : {}) as Partial<EvalInput["applicant"]>;

    // general rule 1: registered in Weihai
    if (!m.skipCityCheck) {
      const inCity = app.registeredInCity === true;
      ctx.check(inCity, "registered_in_city", inCity ? `申请单位在威海注册（第${clause}条）` : `申请单位未在威海注册，不符合条件（第${clause}条）`,
        inCity ? `Applicant is registered in Weihai (clause ${clause})` : `Applicant is not registered in Weihai (clause ${clause})`);
    }
    // general rule 4: admitted organisation type
    const orgType = typeof app.orgType === "string" ? app.orgType : "";
    const orgOk = (m.orgTypes as readonly string[]).includes(orgType);
    ctx.check(orgOk, "org_type",
      orgOk ? `单位类型“${ORG_ZH[orgType]}”符合申报范围（第${clause}条）` : `单位类型“${ORG_ZH[orgType] ?? (orgType || "未填")}”不在本条申报范围内（第${clause}条）`,
      orgOk ? `Organisation type ${orgType} is admitted (clause ${clause})` : `Organisation type ${orgType || "(none)"} is not admitted (clause ${clause})`);
    // general rule 3: credit blacklist
    if (params.blacklistCheck) {
      const clean = app.creditBlacklisted === false;
      ctx.check(clean, "credit_blacklist", clean ? `未列入严重失信名单（第${clause}条）` : `申请单位列入严重失信名单或信用状态未知，不予支持（第${clause}条）`,
        clean ? `Not on the serious-dishonesty list (clause ${clause})` : `Applicant is on the serious-dishonesty list or its status is unknown (clause ${clause})`);
    }
    if (bad.length > 0) {
      trace.push({ step: "validate_facts", inputs: { fields: m.fields.length }, result: bad });
      return decision(false, 0, m.kind === "fixed");
    }
    const facts = inp.facts as Record<string, any>;

    // general rule 2: event inside the policy window
    const ev: string = facts.eventDate;
    const inWindow = ev >= POLICY_START && ev <= POLICY_END;
    ctx.check(inWindow, "policy_window",
      inWindow ? `事项日期 ${ev} 在政策有效期 ${POLICY_START} 至 ${POLICY_END} 内（第${clause}条）` : `事项日期 ${ev} 不在政策有效期 ${POLICY_START} 至 ${POLICY_END} 内（第${clause}条）`,
      inWindow ? `Event date ${ev} is within the policy period ${POLICY_START}..${POLICY_END} (clause ${clause})` : `Event date ${ev} is outside the policy period ${POLICY_START}..${POLICY_END} (clause ${clause})`);
    trace.push({ step: "policy_window", inputs: { eventDate: ev, from: POLICY_START, to: POLICY_END }, result: inWindow });

    // the clause's own rule
    const r = m.rule(facts, ctx);
    let ceiling = r.ceilingFen;
    trace.push({ step: "measure_ceiling", inputs: { measure: m.id }, result: ceiling });

    const history: HistoryEntry[] = Array.isArray(inp.history) ? inp.history : [];
    const subject = typeof inp.subject === "string" ? inp.subject : "";
    // general rule 5: once per applicant and subject
    if (m.once) {
      let dup = false;
      for (const h of history) {
        if (h && h.measure === m.id && h.subject === subject && COUNTING.has(h.status)) { dup = true; break; }
      }
      ctx.check(!dup, "once_per_subject",
        dup ? `“${subject}”已获本条支持，不得重复享受（第${clause}条）` : `“${subject}”此前未获本条支持（第${clause}条）`,
        dup ? `"${subject}" was already awarded under this measure; no double benefit (clause ${clause})` : `"${subject}" has not been awarded under this measure before (clause ${clause})`);
    }
    // general rule 6: annual cap per applicant per measure per cap year
    if (m.annualCapFen !== undefined && !failed) {
      const year = m.capYear ? m.capYear(facts as any) : +ev.slice(0, 4);
      let used = 0;
      for (const h of history) if (h && h.measure === m.id && h.year === year && COUNTING.has(h.status) && Number.isInteger(h.awardedFen) && h.awardedFen > 0) used += h.awardedFen;
      const left = Math.max(0, m.annualCapFen - used);
      trace.push({ step: "annual_cap", inputs: { year, capFen: m.annualCapFen, usedFen: used, caseFen: ceiling }, result: Math.min(ceiling, left) });
      ctx.check(left > 0, "annual_cap",
        left > 0 ? `${year}年度上限 ${yuan(m.annualCapFen)}，已获 ${yuan(used)}，剩余 ${yuan(left)}（第${clause}条）` : `${year}年度上限 ${yuan(m.annualCapFen)} 已用完（已获 ${yuan(used)}）（第${clause}条）`,
        left > 0 ? `Annual cap ${yuan(m.annualCapFen)} for ${year}: ${yuan(used)} used, ${yuan(left)} left (clause ${clause})` : `Annual cap ${yuan(m.annualCapFen)} for ${year} is used up (${yuan(used)} awarded) (clause ${clause})`);
      ceiling = Math.min(ceiling, left);
    }
    // lifetime cap (c23)
    if (m.lifetimeCapFen !== undefined && !failed) {
      let used = 0;
      for (const h of history) if (h && h.measure === m.id && COUNTING.has(h.status) && Number.isInteger(h.awardedFen) && h.awardedFen > 0) used += h.awardedFen;
      const left = Math.max(0, m.lifetimeCapFen - used);
      trace.push({ step: "lifetime_cap", inputs: { capFen: m.lifetimeCapFen, usedFen: used, caseFen: ceiling }, result: Math.min(ceiling, left) });
      ctx.check(left > 0, "lifetime_cap",
        left > 0 ? `累计上限 ${yuan(m.lifetimeCapFen)}，已获 ${yuan(used)}，剩余 ${yuan(left)}（第${clause}条）` : `累计上限 ${yuan(m.lifetimeCapFen)} 已用完（已获 ${yuan(used)}）（第${clause}条）`,
        left > 0 ? `Lifetime cap ${yuan(m.lifetimeCapFen)}: ${yuan(used)} used, ${yuan(left)} left (clause ${clause})` : `Lifetime cap ${yuan(m.lifetimeCapFen)} is used up (${yuan(used)} awarded) (clause ${clause})`);
      ceiling = Math.min(ceiling, left);
    }
    if (!failed && ceiling <= 0) {
      ctx.check(false, "zero_ceiling", `计算出的支持金额为 0，无可兑现金额（第${clause}条）`, `The computed amount is 0: nothing to award (clause ${clause})`);
    }
    return decision(!failed, failed ? 0 : ceiling, r.fixed);
  }

  return { measures, defaults, evaluate };
}
