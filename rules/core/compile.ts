// Everything about a measure that does not depend on the case, worked out once when the engine
// is built: its metadata copied into one object shape (the 42 measure objects all differ in
// shape, and reading them per case would be megamorphic), the texts of the general checks and
// of each possible bad field, and its fast validator.
import { type BadField, fieldValidator } from "./fields";
import type { MeasureDef, RuleContext, RuleResult } from "./measure";
import { dayEn, dayZh } from "./format";
import { POLICY_END, POLICY_START } from "./policy";
import { ORG_TYPES } from "./types";

export interface Text {
  zh: string;
  en: string;
}

export const ORG_ZH: Record<string, string> = {
  enterprise: "企业", university: "高校", research_institute: "科研院所", hospital: "医疗机构",
  social_org: "社会组织", bank: "银行", insurer: "保险机构", individual: "个人", team: "创业团队",
};

/** orgType -> index into ORG_TYPES (a literal object: one shape, fast keyed reads) */
export const ORG_INDEX: Record<string, number> = {
  enterprise: 0, university: 1, research_institute: 2, hospital: 3, social_org: 4,
  bank: 5, insurer: 6, individual: 7, team: 8,
};

export interface CompiledMeasure {
  m: MeasureDef;
  id: string;
  clause: number;
  once: boolean;
  /** -1 when the measure has none */
  annualCapFen: number;
  lifetimeCapFen: number;
  fixedKind: boolean;
  cityCheck: boolean;
  fieldCount: number;
  /** the measure has checks across facts or derived facts (core/checks.ts) */
  crossChecked: boolean;
  /** "（第N条）" / " (clause N)" */
  clauseTail: Text;
  rule: (facts: Record<string, any>, ctx: RuleContext) => RuleResult;
  capYear: ((facts: Record<string, any>) => number) | null;
  validate: (facts: unknown) => readonly BadField[];
  /** by ORG_INDEX: admitted?, and the reason text */
  orgAdmitted: boolean[];
  orgText: Text[];
  cityOk: Text;
  cityBad: Text;
  creditOk: Text;
  creditBad: Text;
  zeroCeiling: Text;
  /** field name -> texts for "missing" and "invalid" */
  missing: Record<string, Text>;
  invalid: Record<string, Text>;
  notObject: Text;
  /** what follows the event date in the policy-window reason */
  windowOkTail: Text;
  windowBadTail: Text;
  /** what follows the quoted subject in the once-per-subject reason */
  onceDupTail: Text;
  onceNewTail: Text;
}

const cl = (clause: number) => ({ zh: `（第${clause}条）`, en: ` (clause ${clause})` });

/** The text for an orgType nobody listed (garbage input): built per case, it is rare. */
export function orgOtherText(orgType: string, clause: number): Text {
  const c = cl(clause);
  return {
    zh: `单位类型“${orgType || "未填"}”不在本条申报范围内${c.zh}`,
    en: `Organisation type ${orgType || "(none)"} is not admitted${c.en}`,
  };
}

export function compileMeasure(m: MeasureDef, validate?: (facts: unknown) => readonly BadField[]): CompiledMeasure {
  const c = cl(m.clause);
  const orgAdmitted: boolean[] = [];
  const orgText: Text[] = [];
  for (const t of ORG_TYPES) {
    const ok = m.orgTypes.includes(t);
    orgAdmitted[ORG_INDEX[t]] = ok;
    orgText[ORG_INDEX[t]] = ok
      ? { zh: `单位类型“${ORG_ZH[t]}”符合申报范围${c.zh}`, en: `Organisation type ${t} is admitted${c.en}` }
      : { zh: `单位类型“${ORG_ZH[t]}”不在本条申报范围内${c.zh}`, en: `Organisation type ${t} is not admitted${c.en}` };
  }
  // the wording the measures' tests rely on: the field's name, quoted
  const missing: Record<string, Text> = {};
  const invalid: Record<string, Text> = {};
  for (const f of m.fields) {
    missing[f.name] = { zh: `填报项「${f.name}」缺失${c.zh}`, en: `Field "${f.name}" is missing${c.en}` };
    invalid[f.name] = { zh: `填报项「${f.name}」格式或取值无效${c.zh}`, en: `Field "${f.name}" is invalid${c.en}` };
  }
  return {
    m,
    id: m.id,
    clause: m.clause,
    once: m.once === true,
    annualCapFen: m.annualCapFen ?? -1,
    lifetimeCapFen: m.lifetimeCapFen ?? -1,
    fixedKind: m.kind === "fixed",
    cityCheck: m.skipCityCheck !== true,
    fieldCount: m.fields.length,
    crossChecked: (m.checks?.length ?? 0) > 0 || m.derived !== undefined,
    clauseTail: c,
    rule: m.rule,
    capYear: m.capYear ?? null,
    validate: validate ?? fieldValidator(m.fields),
    orgAdmitted,
    orgText,
    missing,
    invalid,
    cityOk: { zh: `申请单位在威海注册${c.zh}`, en: `Applicant is registered in Weihai${c.en}` },
    cityBad: { zh: `申请单位未在威海注册，不符合条件${c.zh}`, en: `Applicant is not registered in Weihai${c.en}` },
    creditOk: { zh: `未列入严重失信名单${c.zh}`, en: `Not on the serious-dishonesty list${c.en}` },
    creditBad: {
      zh: `申请单位列入严重失信名单或信用状态未知，不予支持${c.zh}`,
      en: `Applicant is on the serious-dishonesty list or its status is unknown${c.en}`,
    },
    zeroCeiling: { zh: `计算出的支持金额为 0，无可兑现金额${c.zh}`, en: `The computed amount is 0: nothing to award${c.en}` },
    notObject: { zh: `填报项「facts」格式或取值无效${c.zh}`, en: `Field "facts" is invalid${c.en}` },
    windowOkTail: {
      zh: ` 在政策有效期 ${dayZh(POLICY_START)} 至 ${dayZh(POLICY_END)} 内${c.zh}`,
      en: ` is within the policy period ${dayEn(POLICY_START)} – ${dayEn(POLICY_END)}${c.en}`,
    },
    windowBadTail: {
      zh: ` 不在政策有效期 ${dayZh(POLICY_START)} 至 ${dayZh(POLICY_END)} 内${c.zh}`,
      en: ` is outside the policy period ${dayEn(POLICY_START)} – ${dayEn(POLICY_END)}${c.en}`,
    },
    onceDupTail: { zh: `”已获本条支持，不得重复享受${c.zh}`, en: `" was already awarded under this measure; no double benefit${c.en}` },
    onceNewTail: { zh: `”此前未获本条支持${c.zh}`, en: `" has not been awarded under this measure before${c.en}` },
  };
}
