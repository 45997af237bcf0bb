// rules/core/policy.ts
var RULESET_VERSION = "2023-5.1.0";
var POLICY_START = "2023-07-13";
var POLICY_END = "2028-07-12";

// rules/core/types.ts
var ORG_TYPES = [
  "enterprise",
  "university",
  "research_institute",
  "hospital",
  "social_org",
  "bank",
  "insurer",
  "individual",
  "team"
];
var CASE_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "paid",
  "rejected",
  "returned",
  "withdrawn"
];

// rules/core/compile.ts
var ORG_ZH = {
  enterprise: "\u4F01\u4E1A",
  university: "\u9AD8\u6821",
  research_institute: "\u79D1\u7814\u9662\u6240",
  hospital: "\u533B\u7597\u673A\u6784",
  social_org: "\u793E\u4F1A\u7EC4\u7EC7",
  bank: "\u94F6\u884C",
  insurer: "\u4FDD\u9669\u673A\u6784",
  individual: "\u4E2A\u4EBA",
  team: "\u521B\u4E1A\u56E2\u961F"
};
var cl = (clause) => ({ zh: `\uFF08\u7B2C${clause}\u6761\uFF09`, en: ` (clause ${clause})` });
function fieldTexts(f, clause) {
  return {
    missing: { zh: `\u586B\u62A5\u9879\u300C${f.name}\u300D\u7F3A\u5931\uFF08\u7B2C${clause}\u6761\uFF09`, en: `Field "${f.name}" is missing (clause ${clause})` },
    invalid: { zh: `\u586B\u62A5\u9879\u300C${f.name}\u300D\u683C\u5F0F\u6216\u53D6\u503C\u65E0\u6548\uFF08\u7B2C${clause}\u6761\uFF09`, en: `Field "${f.name}" is invalid (clause ${clause})` }
  };
}
function orgOtherText(orgType, clause) {
  const c = cl(clause);
  return {
    zh: `\u5355\u4F4D\u7C7B\u578B\u201C${orgType || "\u672A\u586B"}\u201D\u4E0D\u5728\u672C\u6761\u7533\u62A5\u8303\u56F4\u5185${c.zh}`,
    en: `Organisation type ${orgType || "(none)"} is not admitted${c.en}`
  };
}
function compileMeasure(m) {
  const c = cl(m.clause);
  const orgAdmitted = /* @__PURE__ */ Object.create(null);
  const orgText = /* @__PURE__ */ Object.create(null);
  for (const t of ORG_TYPES) {
    const ok = m.orgTypes.includes(t);
    orgAdmitted[t] = ok;
    orgText[t] = ok ? { zh: `\u5355\u4F4D\u7C7B\u578B\u201C${ORG_ZH[t]}\u201D\u7B26\u5408\u7533\u62A5\u8303\u56F4${c.zh}`, en: `Organisation type ${t} is admitted${c.en}` } : { zh: `\u5355\u4F4D\u7C7B\u578B\u201C${ORG_ZH[t]}\u201D\u4E0D\u5728\u672C\u6761\u7533\u62A5\u8303\u56F4\u5185${c.zh}`, en: `Organisation type ${t} is not admitted${c.en}` };
  }
  const missing = /* @__PURE__ */ Object.create(null);
  const invalid = /* @__PURE__ */ Object.create(null);
  for (const f of m.fields) {
    const t = fieldTexts(f, m.clause);
    missing[f.name] = t.missing;
    invalid[f.name] = t.invalid;
  }
  return {
    m,
    orgAdmitted,
    orgText,
    missing,
    invalid,
    cityOk: { zh: `\u7533\u8BF7\u5355\u4F4D\u5728\u5A01\u6D77\u6CE8\u518C${c.zh}`, en: `Applicant is registered in Weihai${c.en}` },
    cityBad: { zh: `\u7533\u8BF7\u5355\u4F4D\u672A\u5728\u5A01\u6D77\u6CE8\u518C\uFF0C\u4E0D\u7B26\u5408\u6761\u4EF6${c.zh}`, en: `Applicant is not registered in Weihai${c.en}` },
    creditOk: { zh: `\u672A\u5217\u5165\u4E25\u91CD\u5931\u4FE1\u540D\u5355${c.zh}`, en: `Not on the serious-dishonesty list${c.en}` },
    creditBad: {
      zh: `\u7533\u8BF7\u5355\u4F4D\u5217\u5165\u4E25\u91CD\u5931\u4FE1\u540D\u5355\u6216\u4FE1\u7528\u72B6\u6001\u672A\u77E5\uFF0C\u4E0D\u4E88\u652F\u6301${c.zh}`,
      en: `Applicant is on the serious-dishonesty list or its status is unknown${c.en}`
    },
    zeroCeiling: { zh: `\u8BA1\u7B97\u51FA\u7684\u652F\u6301\u91D1\u989D\u4E3A 0\uFF0C\u65E0\u53EF\u5151\u73B0\u91D1\u989D${c.zh}`, en: `The computed amount is 0: nothing to award${c.en}` },
    windowOkTail: {
      zh: ` \u5728\u653F\u7B56\u6709\u6548\u671F ${POLICY_START} \u81F3 ${POLICY_END} \u5185${c.zh}`,
      en: ` is within the policy period ${POLICY_START}..${POLICY_END}${c.en}`
    },
    windowBadTail: {
      zh: ` \u4E0D\u5728\u653F\u7B56\u6709\u6548\u671F ${POLICY_START} \u81F3 ${POLICY_END} \u5185${c.zh}`,
      en: ` is outside the policy period ${POLICY_START}..${POLICY_END}${c.en}`
    },
    onceDupTail: { zh: `\u201D\u5DF2\u83B7\u672C\u6761\u652F\u6301\uFF0C\u4E0D\u5F97\u91CD\u590D\u4EAB\u53D7${c.zh}`, en: `" was already awarded under this measure; no double benefit${c.en}` },
    onceNewTail: { zh: `\u201D\u6B64\u524D\u672A\u83B7\u672C\u6761\u652F\u6301${c.zh}`, en: `" has not been awarded under this measure before${c.en}` },
    notObject: { zh: `\u586B\u62A5\u9879\u300Cfacts\u300D\u683C\u5F0F\u6216\u53D6\u503C\u65E0\u6548\uFF08\u7B2C${m.clause}\u6761\uFF09`, en: `Field "facts" is invalid (clause ${m.clause})` }
  };
}

// rules/core/context.ts
var NO_GRADES = [];
var EvalContext = class {
  constructor(params, measureId, clause, reasons, trace) {
    this.params = params;
    this.measureId = measureId;
    this.clause = clause;
    this.reasons = reasons;
    this.trace = trace;
  }
  params;
  measureId;
  clause;
  reasons;
  trace;
  /** true once any check failed */
  failed = false;
  check(ok, code, zh, en) {
    this.reasons.push({ code, clause: this.clause, ok, zh, en });
    if (!ok) this.failed = true;
    return ok;
  }
  step(step, inputs, result) {
    if (this.trace !== null) this.trace.push({ step, inputs, result });
  }
  eligibleGrades() {
    return this.params.eligibleGrades[this.measureId] ?? NO_GRADES;
  }
};

// rules/core/fields.ts
import { z } from "zod";
var money = (name, zh, en, help) => ({ kind: "money", name, zh, en, help });
var bool = (name, zh, en, help) => ({ kind: "bool", name, zh, en, help });
var int = (name, zh, en, min, max, help) => ({ kind: "int", name, zh, en, min, max, help });
var date = (name, zh, en, help) => ({ kind: "date", name, zh, en, help });
var oneOf = (name, zh, en, labels, help) => ({ kind: "enum", name, zh, en, values: Object.keys(labels), labels, help });
var manyOf = (name, zh, en, labels, help) => ({ kind: "multi", name, zh, en, values: Object.keys(labels), labels, help });
var GRADE_LABELS = {
  excellent: { zh: "\u4F18\u79C0", en: "Excellent" },
  good: { zh: "\u826F\u597D", en: "Good" },
  pass: { zh: "\u5408\u683C", en: "Pass" },
  fail: { zh: "\u4E0D\u5408\u683C", en: "Fail" }
};
var grade = (zh = "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", en = "Performance evaluation grade") => oneOf("grade", zh, en, GRADE_LABELS);
var eventDate = (zh, en) => date("eventDate", zh, en);
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digit(s, i) {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}
function isIsoDate(s) {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const y = y0 * 1e3 + y1 * 100 + y2 * 10 + y3, mo = m0 * 10 + m1, d = d0 * 10 + d1;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  return d <= max;
}
var MAX_MONEY_FEN = 1e15;
var NONE = Object.freeze([]);
var K_MONEY = 0;
var K_BOOL = 1;
var K_INT = 2;
var K_DATE = 3;
var K_ENUM = 4;
var K_MULTI = 5;
var KIND_CODE = { money: K_MONEY, bool: K_BOOL, int: K_INT, date: K_DATE, enum: K_ENUM, multi: K_MULTI };
function compileFields(fields) {
  const c = { names: [], kinds: [], lo: [], hi: [], values: [] };
  for (const f of fields) {
    c.names.push(f.name);
    c.kinds.push(KIND_CODE[f.kind]);
    c.lo.push(f.kind === "int" ? f.min : 0);
    c.hi.push(f.kind === "int" ? f.max : MAX_MONEY_FEN);
    c.values.push(f.kind === "enum" || f.kind === "multi" ? f.values : null);
  }
  return c;
}
function allIn(v, values) {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== "string" || !values.includes(x)) return false;
  }
  return true;
}
function fieldValidator(fields) {
  const { names, kinds, lo, hi, values } = compileFields(fields);
  const n = names.length;
  return (facts) => {
    if (facts === null || typeof facts !== "object" || Array.isArray(facts)) return [{ name: "facts", problem: "not_object" }];
    const o = facts;
    let out = null;
    for (let i = 0; i < n; i++) {
      const v = o[names[i]];
      let ok;
      if (v === void 0) ok = false;
      else {
        switch (kinds[i]) {
          case K_MONEY:
          case K_INT:
            ok = typeof v === "number" && Number.isInteger(v) && v >= lo[i] && v <= hi[i];
            break;
          case K_BOOL:
            ok = typeof v === "boolean";
            break;
          case K_DATE:
            ok = isIsoDate(v);
            break;
          case K_ENUM:
            ok = typeof v === "string" && values[i].includes(v);
            break;
          default:
            ok = Array.isArray(v) && allIn(v, values[i]);
        }
      }
      if (!ok) (out ??= []).push({ name: names[i], problem: v === void 0 ? "missing" : "invalid" });
    }
    return out ?? NONE;
  };
}

// rules/core/format.ts
var PLAIN = [];
var COMMA3 = [];
var CENTS = [];
for (let i = 0; i < 1e3; i++) {
  PLAIN.push(String(i));
  COMMA3.push("," + String(i).padStart(3, "0"));
  if (i < 100) CENTS.push("." + String(i).padStart(2, "0"));
}
function group(n) {
  if (n < 1e3) return PLAIN[n];
  let r = n % 1e3;
  let s = COMMA3[r];
  n = (n - r) / 1e3;
  while (n >= 1e3) {
    r = n % 1e3;
    s = COMMA3[r] + s;
    n = (n - r) / 1e3;
  }
  return PLAIN[n] + s;
}
var CACHE_SIZE = 512;
var cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
var cacheVal = new Array(CACHE_SIZE).fill("");
function yuan(fen) {
  if (!Number.isSafeInteger(fen)) {
    if (Number.isSafeInteger(Math.trunc(fen))) return yuan(Math.trunc(fen));
    return Number.isFinite(fen) ? (fen < 0 ? "-\xA5" : "\xA5") + (Math.abs(fen) / 100).toFixed(2) : "\xA5" + fen;
  }
  const slot = (fen ^ fen / 4096) & CACHE_SIZE - 1;
  if (cacheKey[slot] === fen) return cacheVal[slot];
  const a = fen < 0 ? -fen : fen;
  const c = a % 100;
  const s = (fen < 0 ? "-\xA5" : "\xA5") + group((a - c) / 100) + CENTS[c];
  cacheKey[slot] = fen;
  cacheVal[slot] = s;
  return s;
}
function pct(num, den) {
  if (den === 0) return "\u2014";
  const tenths = Math.floor(num * 1e3 / den);
  const sign = tenths < 0 ? "-" : "";
  const t = Math.abs(tenths);
  return sign + Math.floor(t / 10) + "." + t % 10 + "%";
}
function bp(v) {
  if (!Number.isSafeInteger(v) || v < 0) return (v / 100).toFixed(2) + "%";
  const c = v % 100;
  return group((v - c) / 100) + CENTS[c] + "%";
}

// rules/core/params.ts
var DEFAULT_LPR = [
  { from: "2022-08", bp: 365 },
  { from: "2023-06", bp: 355 },
  { from: "2023-08", bp: 345 },
  { from: "2024-07", bp: 335 },
  { from: "2024-10", bp: 310 },
  { from: "2025-05", bp: 300 }
];
function defaultParams(defaultGrades) {
  return {
    lpr: { entries: DEFAULT_LPR, knownThrough: "2026-11" },
    eligibleGrades: defaultGrades,
    blacklistCheck: true,
    noticeDays: 7
  };
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function mergeParams(base, over) {
  if (!isPlainObject(over)) return base;
  const lpr = isPlainObject(over.lpr) ? over.lpr : void 0;
  const entries = lpr && Array.isArray(lpr.entries) ? lpr.entries.filter(
    (e) => isPlainObject(e) && typeof e.from === "string" && /^\d{4}-\d{2}$/.test(e.from) && typeof e.bp === "number" && Number.isInteger(e.bp) && e.bp >= 0
  ).sort((a, b) => a.from < b.from ? -1 : a.from > b.from ? 1 : 0) : base.lpr.entries;
  const knownThrough = lpr && typeof lpr.knownThrough === "string" && /^\d{4}-\d{2}$/.test(lpr.knownThrough) ? lpr.knownThrough : base.lpr.knownThrough;
  const grades = { ...base.eligibleGrades };
  if (isPlainObject(over.eligibleGrades)) {
    for (const [k, v] of Object.entries(over.eligibleGrades)) {
      if (Array.isArray(v)) grades[k] = v.filter((g) => typeof g === "string");
    }
  }
  return {
    lpr: { entries, knownThrough },
    eligibleGrades: grades,
    blacklistCheck: typeof over.blacklistCheck === "boolean" ? over.blacklistCheck : base.blacklistCheck,
    noticeDays: typeof over.noticeDays === "number" && Number.isInteger(over.noticeDays) && over.noticeDays >= 0 ? over.noticeDays : base.noticeDays
  };
}
function lprFor(params, month) {
  const { entries, knownThrough } = params.lpr;
  if (month > knownThrough) return null;
  let found = null;
  for (const e of entries) {
    if (e.from <= month) found = e.bp;
    else break;
  }
  return found;
}
function stableStringify(v) {
  if (Array.isArray(v)) return "[" + v.map(stableStringify).join(",") + "]";
  if (isPlainObject(v)) {
    return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + stableStringify(v[k])).join(",") + "}";
  }
  return JSON.stringify(v) ?? "null";
}
function hashParams(p) {
  const s = stableStringify(p);
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = h * prime & mask;
  }
  return h.toString(16).padStart(16, "0");
}

// rules/core/engine.ts
var isCounting = (status) => status === "approved" || status === "paid";
var isAward = (n) => typeof n === "number" && Number.isSafeInteger(n) && n > 0;
function push(reasons, ctx, ok, code, t) {
  reasons.push({ code, clause: ctx.clause, ok, zh: t.zh, en: t.en });
  if (!ok) ctx.failed = true;
}
function createEngine(list, options = {}) {
  const traced = options.trace !== false;
  const measures = /* @__PURE__ */ new Map();
  const compiled = /* @__PURE__ */ Object.create(null);
  const validators = /* @__PURE__ */ Object.create(null);
  const grades = {};
  for (const m of list) {
    measures.set(m.id, m);
    compiled[m.id] = compileMeasure(m);
    validators[m.id] = options.validator ? options.validator(m) : fieldValidator(m.fields);
    if (m.defaultGrades) grades[m.id] = [...m.defaultGrades];
  }
  const defaults = defaultParams(grades);
  const defaultsHash = hashParams(defaults);
  const defaultResolved = { params: defaults, hash: defaultsHash };
  const resolvedCache = /* @__PURE__ */ new WeakMap();
  function resolveParams(over) {
    if (over === void 0 || over === null || typeof over !== "object") return defaultResolved;
    let r = resolvedCache.get(over);
    if (r === void 0) {
      const params = mergeParams(defaults, over);
      r = params === defaults ? defaultResolved : { params, hash: hashParams(params) };
      resolvedCache.set(over, r);
    }
    return r;
  }
  function evaluate(input) {
    const inp = input !== null && typeof input === "object" ? input : {};
    const { params, hash } = resolveParams(inp.params);
    const measureId = typeof inp.measure === "string" ? inp.measure : "";
    const reasons = [];
    const trace = [];
    const cm = compiled[measureId];
    if (cm === void 0) {
      const shown = measureId || (inp.measure === void 0 ? "" : JSON.stringify(inp.measure) ?? "");
      reasons.push({ code: "unknown_measure", clause: 0, ok: false, zh: `\u672A\u77E5\u7684\u653F\u7B56\u4E8B\u9879\uFF1A${shown || "\uFF08\u7A7A\uFF09"}`, en: `Unknown measure: ${shown || "(empty)"}` });
      return { measure: measureId, eligible: false, ceilingFen: 0, fixed: false, reasons, trace, rulesetVersion: RULESET_VERSION, paramsHash: hash };
    }
    const m = cm.m;
    const ctx = new EvalContext(params, measureId, m.clause, reasons, traced ? trace : null);
    const bad = validators[measureId](inp.facts);
    for (let i = 0; i < bad.length; i++) {
      const b = bad[i];
      const t = b.problem === "not_object" ? cm.notObject : b.problem === "missing" ? cm.missing[b.name] : cm.invalid[b.name];
      push(reasons, ctx, false, "invalid_fact", t);
    }
    const app = inp.applicant !== null && typeof inp.applicant === "object" ? inp.applicant : {};
    if (!m.skipCityCheck) {
      const inCity = app.registeredInCity === true;
      push(reasons, ctx, inCity, "registered_in_city", inCity ? cm.cityOk : cm.cityBad);
    }
    const orgType = typeof app.orgType === "string" ? app.orgType : "";
    const orgOk = cm.orgAdmitted[orgType] === true;
    push(reasons, ctx, orgOk, "org_type", cm.orgText[orgType] ?? orgOtherText(orgType, m.clause));
    if (params.blacklistCheck) {
      const clean = app.creditBlacklisted === false;
      push(reasons, ctx, clean, "credit_blacklist", clean ? cm.creditOk : cm.creditBad);
    }
    if (bad.length > 0) {
      ctx.step("validate_facts", { fields: m.fields.length }, bad);
      return { measure: measureId, eligible: false, ceilingFen: 0, fixed: m.kind === "fixed", reasons, trace, rulesetVersion: RULESET_VERSION, paramsHash: hash };
    }
    const facts = inp.facts;
    const ev = facts.eventDate;
    const inWindow = ev >= POLICY_START && ev <= POLICY_END;
    const tail = inWindow ? cm.windowOkTail : cm.windowBadTail;
    reasons.push({ code: "policy_window", clause: m.clause, ok: inWindow, zh: "\u4E8B\u9879\u65E5\u671F " + ev + tail.zh, en: "Event date " + ev + tail.en });
    if (!inWindow) ctx.failed = true;
    ctx.step("policy_window", { eventDate: ev, from: POLICY_START, to: POLICY_END }, inWindow);
    const r = guardedRule(m, facts, ctx);
    let ceiling = r.ceilingFen;
    ctx.step("measure_ceiling", { measure: measureId }, ceiling);
    const history2 = Array.isArray(inp.history) ? inp.history : [];
    const subject = typeof inp.subject === "string" ? inp.subject : "";
    if (m.once) onceCheck(ctx, cm, history2, subject);
    if (m.annualCapFen !== void 0 && !ctx.failed) {
      const year = capYear(m, facts, ev);
      ceiling = annualCap(ctx, m.annualCapFen, history2, year, ceiling);
    }
    if (m.lifetimeCapFen !== void 0 && !ctx.failed) ceiling = lifetimeCap(ctx, m.lifetimeCapFen, history2, ceiling);
    if (!ctx.failed && ceiling <= 0) push(reasons, ctx, false, "zero_ceiling", cm.zeroCeiling);
    const eligible = !ctx.failed;
    return {
      measure: measureId,
      eligible,
      ceilingFen: eligible ? ceiling : 0,
      fixed: r.fixed,
      reasons,
      trace,
      rulesetVersion: RULESET_VERSION,
      paramsHash: hash
    };
  }
  return { measures, defaults, defaultsHash, evaluate };
}
var INTERNAL_ERROR = { zh: "\u89C4\u5219\u8BA1\u7B97\u51FA\u9519\uFF0C\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458", en: "The rules failed on this case; contact the administrator" };
function guardedRule(m, facts, ctx) {
  let ceilingFen, fixed, error, threw = false;
  try {
    const r = m.rule(facts, ctx);
    ceilingFen = r.ceilingFen;
    fixed = r.fixed;
  } catch (e) {
    threw = true;
    error = e;
  }
  if (!threw && typeof ceilingFen === "number" && Number.isSafeInteger(ceilingFen)) return { ceilingFen, fixed: fixed === true };
  ctx.step("error", { measure: m.id }, threw ? describe(error) : `invalid amount ${describe(ceilingFen)}`);
  ctx.check(false, "internal_error", INTERNAL_ERROR.zh, INTERNAL_ERROR.en);
  return { ceilingFen: 0, fixed: fixed === true };
}
function describe(v) {
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}
function capYear(m, facts, ev) {
  let y;
  try {
    y = m.capYear ? m.capYear(facts) : void 0;
  } catch {
    y = void 0;
  }
  return typeof y === "number" && Number.isInteger(y) ? y : +ev.slice(0, 4);
}
function onceCheck(ctx, cm, history2, subject) {
  const id = ctx.measureId;
  let dup = false;
  for (let i = 0; i < history2.length; i++) {
    const h = history2[i];
    if (h !== null && typeof h === "object" && h.measure === id && h.subject === subject && isCounting(h.status)) {
      dup = true;
      break;
    }
  }
  ctx.step("once_per_subject", { subject, historyEntries: history2.length }, dup);
  const tail = dup ? cm.onceDupTail : cm.onceNewTail;
  ctx.check(!dup, "once_per_subject", "\u201C" + subject + tail.zh, '"' + subject + tail.en);
}
function used(history2, id, year) {
  let sum = 0;
  for (let i = 0; i < history2.length; i++) {
    const h = history2[i];
    if (h !== null && typeof h === "object" && h.measure === id && (year === null || h.year === year) && isCounting(h.status) && isAward(h.awardedFen)) sum += h.awardedFen;
  }
  return sum;
}
function annualCap(ctx, cap, history2, year, ceiling) {
  const clause = ctx.clause;
  const u = used(history2, ctx.measureId, year);
  const left = Math.max(0, cap - u);
  const out = Math.min(ceiling, left);
  ctx.step("annual_cap", { year, capFen: cap, usedFen: u, caseFen: ceiling }, out);
  ctx.check(
    left > 0,
    "annual_cap",
    left > 0 ? `${year}\u5E74\u5EA6\u4E0A\u9650 ${yuan(cap)}\uFF0C\u5DF2\u83B7 ${yuan(u)}\uFF0C\u5269\u4F59 ${yuan(left)}\uFF08\u7B2C${clause}\u6761\uFF09` : `${year}\u5E74\u5EA6\u4E0A\u9650 ${yuan(cap)} \u5DF2\u7528\u5B8C\uFF08\u5DF2\u83B7 ${yuan(u)}\uFF09\uFF08\u7B2C${clause}\u6761\uFF09`,
    left > 0 ? `Annual cap ${yuan(cap)} for ${year}: ${yuan(u)} used, ${yuan(left)} left (clause ${clause})` : `Annual cap ${yuan(cap)} for ${year} is used up (${yuan(u)} awarded) (clause ${clause})`
  );
  return out;
}
function lifetimeCap(ctx, cap, history2, ceiling) {
  const clause = ctx.clause;
  const u = used(history2, ctx.measureId, null);
  const left = Math.max(0, cap - u);
  const out = Math.min(ceiling, left);
  ctx.step("lifetime_cap", { capFen: cap, usedFen: u, caseFen: ceiling }, out);
  ctx.check(
    left > 0,
    "lifetime_cap",
    left > 0 ? `\u7D2F\u8BA1\u4E0A\u9650 ${yuan(cap)}\uFF0C\u5DF2\u83B7 ${yuan(u)}\uFF0C\u5269\u4F59 ${yuan(left)}\uFF08\u7B2C${clause}\u6761\uFF09` : `\u7D2F\u8BA1\u4E0A\u9650 ${yuan(cap)} \u5DF2\u7528\u5B8C\uFF08\u5DF2\u83B7 ${yuan(u)}\uFF09\uFF08\u7B2C${clause}\u6761\uFF09`,
    left > 0 ? `Lifetime cap ${yuan(cap)}: ${yuan(u)} used, ${yuan(left)} left (clause ${clause})` : `Lifetime cap ${yuan(cap)} is used up (${yuan(u)} awarded) (clause ${clause})`
  );
  return out;
}

// rules/core/measure.ts
function defineMeasure(def) {
  return def;
}

// rules/measures/c01-national-key-lab.ts
var LEAD = 1e9;
var PARTICIPANT = 5e8;
var c01_national_key_lab_default = defineMeasure({
  id: "c01-national-key-lab",
  clause: 1,
  kind: "fixed",
  title: { zh: "\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u5956\u52B1", en: "National key laboratory award" },
  summary: {
    zh: "\u83B7\u6279\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u7684\u5355\u4F4D\uFF0C\u7275\u5934\u521B\u5EFA\u7684\u5956\u52B11000\u4E07\u5143\uFF0C\u53C2\u4E0E\u521B\u5EFA\u7684\u5956\u52B1500\u4E07\u5143",
    en: "\xA510m for the lead unit and \xA55m for each participating unit of an approved national key laboratory"
  },
  quote: "\u5BF9\u83B7\u6279\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u7684\u5355\u4F4D,\u7275\u5934\u521B\u5EFA\u7684\u7ED9\u4E881000\u4E07\u5143\u5956\u52B1,\u53C2\u4E0E\u521B\u5EFA\u7684\u7ED9\u4E88500\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: LEAD,
  monotoneIn: [],
  fields: [
    oneOf("role", "\u521B\u5EFA\u89D2\u8272", "Role in setting up the laboratory", {
      lead: { zh: "\u7275\u5934\u521B\u5EFA", en: "Lead unit" },
      participant: { zh: "\u53C2\u4E0E\u521B\u5EFA", en: "Participating unit" }
    }, {
      zh: "\u4EE5\u79D1\u6280\u90E8\u6279\u590D\u6587\u4EF6\u4E2D\u5217\u660E\u7684\u7275\u5934\u5355\u4F4D\u3001\u53C2\u4E0E\u5355\u4F4D\u4E3A\u51C6",
      en: "As listed in the Ministry of Science and Technology approval (lead or participating unit)"
    }),
    date("eventDate", "\u83B7\u6279\u65E5\u671F", "Approval date", { zh: "\u6279\u590D\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the approval document was issued" })
  ],
  documents: [
    { key: "approval_document", zh: "\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u6279\u590D\u6587\u4EF6", en: "Approval document of the national key laboratory" },
    { key: "role_proof", zh: "\u7275\u5934\u6216\u53C2\u4E0E\u521B\u5EFA\u7684\u8BC1\u660E\u6750\u6599\uFF08\u5EFA\u8BBE\u4EFB\u52A1\u4E66\u3001\u5171\u5EFA\u534F\u8BAE\u7B49\uFF09", en: "Proof of the lead or participating role (construction plan, co-building agreement)" }
  ],
  rule(f, ctx) {
    const lead = f.role === "lead";
    const amount = lead ? LEAD : PARTICIPANT;
    ctx.step("fixed_amount", { role: f.role, leadFen: LEAD, participantFen: PARTICIPANT }, amount);
    ctx.check(
      true,
      "amount",
      `${lead ? "\u7275\u5934\u521B\u5EFA" : "\u53C2\u4E0E\u521B\u5EFA"}\u5168\u56FD\u91CD\u70B9\u5B9E\u9A8C\u5BA4\uFF0C\u5956\u52B1 ${yuan(amount)}\uFF08\u7B2C1\u6761\uFF09`,
      `${lead ? "Lead unit" : "Participating unit"} of a national key laboratory: award ${yuan(amount)} (clause 1)`
    );
    return { ceilingFen: amount, fixed: true };
  }
});

// rules/measures/c01-national-innovation-center.ts
var AMOUNT = 5e8;
var CENTER_ZH = { tech_innovation: "\u56FD\u5BB6\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", clinical_research: "\u56FD\u5BB6\u7EA7\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3" };
var CENTER_EN = { tech_innovation: "national technology innovation centre", clinical_research: "national clinical medical research centre" };
var c01_national_innovation_center_default = defineMeasure({
  id: "c01-national-innovation-center",
  clause: 1,
  kind: "fixed",
  title: { zh: "\u56FD\u5BB6\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u5956\u52B1", en: "National technology innovation / clinical research centre award" },
  summary: {
    zh: "\u83B7\u6279\u56FD\u5BB6\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u6216\u56FD\u5BB6\u7EA7\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u7684\u5355\u4F4D\uFF0C\u5956\u52B1500\u4E07\u5143",
    en: "\xA55m for a unit approved as a national technology innovation centre or national clinical medical research centre"
  },
  quote: "\u5BF9\u83B7\u6279\u56FD\u5BB6\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u7684\u5355\u4F4D,\u7ED9\u4E88500\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT,
  monotoneIn: [],
  fields: [
    oneOf("centerType", "\u4E2D\u5FC3\u7C7B\u578B", "Type of centre", {
      tech_innovation: { zh: "\u56FD\u5BB6\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", en: "National technology innovation centre" },
      clinical_research: { zh: "\u56FD\u5BB6\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3", en: "National clinical medical research centre" }
    }),
    date("eventDate", "\u83B7\u6279\u65E5\u671F", "Approval date", { zh: "\u6279\u590D\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the approval document was issued" })
  ],
  documents: [
    { key: "approval_document", zh: "\u56FD\u5BB6\u7EA7\u4E2D\u5FC3\u6279\u590D\u6587\u4EF6", en: "Approval document of the national centre" }
  ],
  rule(f, ctx) {
    ctx.step("fixed_amount", { centerType: f.centerType }, AMOUNT);
    ctx.check(
      true,
      "amount",
      `\u83B7\u6279${CENTER_ZH[f.centerType]}\uFF0C\u5956\u52B1 ${yuan(AMOUNT)}\uFF08\u7B2C1\u6761\uFF09`,
      `Approved ${CENTER_EN[f.centerType]}: award ${yuan(AMOUNT)} (clause 1)`
    );
    return { ceilingFen: AMOUNT, fixed: true };
  }
});

// rules/measures/c01-provincial-innovation-community.ts
var CAP = 5e8;
var c01_provincial_innovation_community_default = defineMeasure({
  id: "c01-provincial-innovation-community",
  clause: 1,
  kind: "ceiling",
  title: { zh: "\u7701\u7EA7\u521B\u65B0\u521B\u4E1A\u5171\u540C\u4F53\u5956\u52B1", en: "Provincial innovation and entrepreneurship community award" },
  summary: {
    zh: "\u83B7\u6279\u7701\u7EA7\u521B\u65B0\u521B\u4E1A\u5171\u540C\u4F53\u7684\u5355\u4F4D\uFF0C\u5956\u52B1\u4E0D\u8D85\u8FC7500\u4E07\u5143",
    en: "Up to \xA55m for a unit approved as a provincial innovation and entrepreneurship community"
  },
  quote: "\u5BF9\u83B7\u6279\u7701\u7EA7\u521B\u65B0\u521B\u4E1A\u5171\u540C\u4F53\u7684\u5355\u4F4D,\u7ED9\u4E88\u4E0D\u8D85\u8FC7500\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP,
  monotoneIn: [],
  fields: [
    date("eventDate", "\u83B7\u6279\u65E5\u671F", "Approval date", { zh: "\u7701\u79D1\u6280\u5385\u6279\u590D\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the provincial approval document was issued" })
  ],
  documents: [
    { key: "approval_document", zh: "\u7701\u7EA7\u521B\u65B0\u521B\u4E1A\u5171\u540C\u4F53\u6279\u590D\u6587\u4EF6", en: "Approval document of the provincial community" },
    { key: "construction_plan", zh: "\u5171\u540C\u4F53\u5EFA\u8BBE\u65B9\u6848", en: "Construction plan of the community" }
  ],
  rule(_f, ctx) {
    ctx.step("ceiling", { capFen: CAP }, CAP);
    ctx.check(
      true,
      "amount",
      `\u83B7\u6279\u7701\u7EA7\u521B\u65B0\u521B\u4E1A\u5171\u540C\u4F53\uFF0C\u5956\u52B1\u4E0A\u9650 ${yuan(CAP)}\uFF08\u7B2C1\u6761\uFF09`,
      `Approved provincial innovation and entrepreneurship community: ceiling ${yuan(CAP)} (clause 1)`
    );
    return { ceilingFen: CAP, fixed: false };
  }
});

// rules/measures/c01-manufacturing-innovation-center.ts
var NATIONAL = 5e8;
var PROVINCIAL = 3e8;
var c01_manufacturing_innovation_center_default = defineMeasure({
  id: "c01-manufacturing-innovation-center",
  clause: 1,
  kind: "ceiling",
  title: { zh: "\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u5956\u52B1", en: "Manufacturing innovation centre award" },
  summary: {
    zh: "\u6210\u529F\u521B\u5EFA\u56FD\u5BB6\u7EA7\u3001\u7701\u7EA7\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u7684\u7275\u5934\u4F01\u4E1A\uFF0C\u5206\u522B\u5956\u52B1\u4E0D\u8D85\u8FC7500\u4E07\u5143\u3001300\u4E07\u5143",
    en: "Up to \xA55m (national) or \xA53m (provincial) for the lead enterprise of a newly created manufacturing innovation centre"
  },
  quote: "\u5BF9\u6210\u529F\u521B\u5EFA\u56FD\u5BB6\u7EA7\u3001\u7701\u7EA7\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u7684\u7275\u5934\u4F01\u4E1A,\u5206\u522B\u7ED9\u4E88\u4E0D\u8D85\u8FC7500\u4E07\u5143\u3001300\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "industry-it",
  coBureaus: [],
  once: true,
  maxFen: NATIONAL,
  monotoneIn: [],
  fields: [
    oneOf("level", "\u4E2D\u5FC3\u7EA7\u522B", "Level of the centre", {
      national: { zh: "\u56FD\u5BB6\u7EA7\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3", en: "National manufacturing innovation centre" },
      provincial: { zh: "\u7701\u7EA7\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3", en: "Provincial manufacturing innovation centre" }
    }),
    bool("isLeadEnterprise", "\u662F\u5426\u4E3A\u7275\u5934\u4F01\u4E1A", "Is the lead enterprise", {
      zh: "\u53EA\u6709\u521B\u5EFA\u6587\u4EF6\u4E2D\u5217\u660E\u7684\u7275\u5934\u4F01\u4E1A\u53EF\u4EE5\u7533\u8BF7\uFF0C\u53C2\u4E0E\u4F01\u4E1A\u4E0D\u5728\u652F\u6301\u8303\u56F4",
      en: "Only the lead enterprise named in the creation document may apply; member enterprises may not"
    }),
    date("eventDate", "\u8BA4\u5B9A\uFF08\u521B\u5EFA\u6210\u529F\uFF09\u65E5\u671F", "Date of recognition", { zh: "\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u4E3B\u7BA1\u90E8\u95E8\u8BA4\u5B9A\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the recognition document was issued" })
  ],
  documents: [
    { key: "recognition_document", zh: "\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u8BA4\u5B9A\u6587\u4EF6", en: "Recognition document of the manufacturing innovation centre" },
    { key: "lead_proof", zh: "\u7275\u5934\u4F01\u4E1A\u8BC1\u660E\u6750\u6599\uFF08\u7EC4\u5EFA\u534F\u8BAE\u3001\u7AE0\u7A0B\u7B49\uFF09", en: "Proof of being the lead enterprise (founding agreement, articles)" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isLeadEnterprise,
      "lead_enterprise",
      f.isLeadEnterprise ? "\u7533\u8BF7\u5355\u4F4D\u4E3A\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u7684\u7275\u5934\u4F01\u4E1A\uFF08\u7B2C1\u6761\uFF09" : "\u7533\u8BF7\u5355\u4F4D\u4E0D\u662F\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u7684\u7275\u5934\u4F01\u4E1A\uFF0C\u7B2C1\u6761\u53EA\u652F\u6301\u7275\u5934\u4F01\u4E1A",
      f.isLeadEnterprise ? "Applicant is the lead enterprise of the centre (clause 1)" : "Applicant is not the lead enterprise; clause 1 supports only the lead enterprise"
    );
    const national = f.level === "national";
    const ceilingFen = national ? NATIONAL : PROVINCIAL;
    ctx.step("ceiling_by_level", { level: f.level, nationalFen: NATIONAL, provincialFen: PROVINCIAL }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `${national ? "\u56FD\u5BB6\u7EA7" : "\u7701\u7EA7"}\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\uFF0C\u5956\u52B1\u4E0A\u9650 ${yuan(ceilingFen)}\uFF08\u7B2C1\u6761\uFF09`,
      `${national ? "National" : "Provincial"} manufacturing innovation centre: ceiling ${yuan(ceilingFen)} (clause 1)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c01-provincial-platform.ts
var CAP2 = 1e8;
var PLATFORM_ZH = { key_lab: "\u7701\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4", tech_innovation_center: "\u7701\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", clinical_research_center: "\u7701\u7EA7\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3" };
var PLATFORM_EN = { key_lab: "provincial key laboratory", tech_innovation_center: "provincial technology innovation centre", clinical_research_center: "provincial clinical medical research centre" };
var c01_provincial_platform_default = defineMeasure({
  id: "c01-provincial-platform",
  clause: 1,
  kind: "ceiling",
  title: { zh: "\u7701\u7EA7\u521B\u65B0\u5E73\u53F0\u5956\u52B1", en: "Provincial innovation platform award" },
  summary: {
    zh: "\u83B7\u6279\u7701\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u3001\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u7684\u5355\u4F4D\uFF0C\u5956\u52B1\u4E0D\u8D85\u8FC7100\u4E07\u5143",
    en: "Up to \xA51m for a unit approved as a provincial key laboratory, technology innovation centre or clinical medical research centre"
  },
  quote: "\u5BF9\u83B7\u6279\u7701\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u3001\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u7684\u5355\u4F4D,\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP2,
  monotoneIn: [],
  fields: [
    oneOf("platformType", "\u5E73\u53F0\u7C7B\u578B", "Type of platform", {
      key_lab: { zh: "\u91CD\u70B9\u5B9E\u9A8C\u5BA4", en: "Key laboratory" },
      tech_innovation_center: { zh: "\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", en: "Technology innovation centre" },
      clinical_research_center: { zh: "\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3", en: "Clinical medical research centre" }
    }),
    date("eventDate", "\u83B7\u6279\u65E5\u671F", "Approval date", { zh: "\u7701\u7EA7\u6279\u590D\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the provincial approval document was issued" })
  ],
  documents: [
    { key: "approval_document", zh: "\u7701\u7EA7\u5E73\u53F0\u6279\u590D\u6587\u4EF6", en: "Approval document of the provincial platform" }
  ],
  rule(f, ctx) {
    ctx.step("ceiling", { platformType: f.platformType, capFen: CAP2 }, CAP2);
    ctx.check(
      true,
      "amount",
      `\u83B7\u6279${PLATFORM_ZH[f.platformType]}\uFF0C\u5956\u52B1\u4E0A\u9650 ${yuan(CAP2)}\uFF08\u7B2C1\u6761\uFF09`,
      `Approved ${PLATFORM_EN[f.platformType]}: ceiling ${yuan(CAP2)} (clause 1)`
    );
    return { ceilingFen: CAP2, fixed: false };
  }
});

// rules/measures/c01-municipal-platform.ts
var CAP3 = 5e7;
var PLATFORM_ZH2 = { key_lab: "\u5E02\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4", tech_innovation_center: "\u5E02\u7EA7\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", clinical_research_center: "\u5E02\u7EA7\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3" };
var PLATFORM_EN2 = { key_lab: "Municipal key laboratory", tech_innovation_center: "Municipal technology innovation centre", clinical_research_center: "Municipal clinical medical research centre" };
var c01_municipal_platform_default = defineMeasure({
  id: "c01-municipal-platform",
  clause: 1,
  kind: "ceiling",
  title: { zh: "\u5E02\u7EA7\u521B\u65B0\u5E73\u53F0\u7EE9\u6548\u8865\u52A9", en: "Municipal innovation platform performance subsidy" },
  summary: {
    zh: "\u5E02\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u3001\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\uFF0C\u6839\u636E\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u62E9\u4F18\u8865\u52A9\u4E0D\u8D85\u8FC750\u4E07\u5143",
    en: "Up to \xA5500,000 for municipal key laboratories, technology innovation centres and clinical research centres selected on their performance evaluation"
  },
  quote: "\u5BF9\u83B7\u6279\u5E02\u7EA7\u91CD\u70B9\u5B9E\u9A8C\u5BA4\u3001\u6280\u672F\u521B\u65B0\u4E2D\u5FC3\u3001\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3\u7684\u5355\u4F4D,\u6839\u636E\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C,\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP3,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    oneOf("platformType", "\u5E73\u53F0\u7C7B\u578B", "Type of platform", {
      key_lab: { zh: "\u91CD\u70B9\u5B9E\u9A8C\u5BA4", en: "Key laboratory" },
      tech_innovation_center: { zh: "\u6280\u672F\u521B\u65B0\u4E2D\u5FC3", en: "Technology innovation centre" },
      clinical_research_center: { zh: "\u4E34\u5E8A\u533B\u5B66\u7814\u7A76\u4E2D\u5FC3", en: "Clinical medical research centre" }
    }),
    {
      ...grade("\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Performance evaluation grade"),
      help: { zh: "\u5E02\u79D1\u6280\u5C40\u7EC4\u7EC7\u7684\u5E02\u7EA7\u5E73\u53F0\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\uFF1B\u672C\u8F6E\u62E9\u4F18\u8303\u56F4\u7531\u7BA1\u7406\u5458\u8BBE\u5B9A", en: "Result of the municipal platform evaluation by the Science and Technology Bureau; the grades selected this round are set by the administrator" }
    },
    date("eventDate", "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the evaluation result was published")
  ],
  documents: [
    { key: "approval_document", zh: "\u5E02\u7EA7\u5E73\u53F0\u8BA4\u5B9A\uFF08\u6279\u590D\uFF09\u6587\u4EF6", en: "Recognition document of the municipal platform" },
    { key: "evaluation_result", zh: "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Performance evaluation result notice" }
  ],
  rule(f, ctx) {
    const admitted = ctx.eligibleGrades();
    const admittedZh = admitted.map((g) => GRADE_LABELS[g]?.zh ?? g).join("\u3001") || "\u65E0";
    const admittedEn = admitted.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") || "none";
    const gradeOk = admitted.includes(f.grade);
    ctx.step("grade_selection", { grade: f.grade, eligibleGrades: admitted }, gradeOk);
    ctx.check(
      gradeOk,
      "grade",
      `\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${gradeOk ? "\u5728" : "\u4E0D\u5728"}\u672C\u8F6E\u62E9\u4F18\u8303\u56F4\uFF08${admittedZh}\uFF09\u5185\uFF08\u7B2C1\u6761\uFF09`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} is ${gradeOk ? "within" : "outside"} the grades selected this round (${admittedEn}) (clause 1)`
    );
    ctx.step("ceiling", { platformType: f.platformType, capFen: CAP3 }, CAP3);
    ctx.check(
      true,
      "amount",
      `${PLATFORM_ZH2[f.platformType]}\uFF0C\u8865\u52A9\u4E0A\u9650 ${yuan(CAP3)}\uFF08\u7B2C1\u6761\uFF09`,
      `${PLATFORM_EN2[f.platformType]}: ceiling ${yuan(CAP3)} (clause 1)`
    );
    return { ceilingFen: CAP3, fixed: false };
  }
});

// rules/measures/c04-new-rnd-institution.ts
var CAP4 = 5e7;
var c04_new_rnd_institution_default = defineMeasure({
  id: "c04-new-rnd-institution",
  clause: 4,
  kind: "ceiling",
  title: { zh: "\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\u7EE9\u6548\u8865\u52A9", en: "Municipal new-type R&D institution subsidy" },
  summary: {
    zh: "\u5907\u6848\u7684\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\uFF0C\u7EE9\u6548\u8BC4\u4EF7\u4F18\u79C0\u7684\uFF0C\u8865\u52A9\u4E0D\u8D85\u8FC750\u4E07\u5143",
    en: "Up to \xA5500,000 for a city-filed new-type R&D institution rated excellent in its performance evaluation"
  },
  quote: "\u5BF9\u5907\u6848\u7684\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784,\u7EE9\u6548\u8BC4\u4EF7\u4F18\u79C0\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9,\u652F\u6301\u5176\u53C2\u4E0E\u7701\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\u5907\u6848\u3002",
  orgTypes: ["enterprise", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP4,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "\u662F\u5426\u5DF2\u5728\u5E02\u7EA7\u5907\u6848\u4E3A\u65B0\u578B\u7814\u53D1\u673A\u6784", "Filed with the city as a new-type R&D institution", {
      zh: "\u5DF2\u5217\u5165\u5E02\u79D1\u6280\u5C40\u516C\u5E03\u7684\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\u5907\u6848\u540D\u5355",
      en: "Listed in the Science and Technology Bureau's register of municipal new-type R&D institutions"
    }),
    {
      ...grade("\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Performance evaluation grade"),
      help: { zh: "\u53EA\u6709\u201C\u4F18\u79C0\u201D\u53EF\u83B7\u8865\u52A9", en: "Only an excellent grade qualifies" }
    },
    date("eventDate", "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the evaluation result was published")
  ],
  documents: [
    { key: "filing_certificate", zh: "\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\u5907\u6848\u6587\u4EF6", en: "Municipal filing document of the R&D institution" },
    { key: "evaluation_result", zh: "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Performance evaluation result notice" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.filedAtCityLevel,
      "filed_city_level",
      f.filedAtCityLevel ? "\u5DF2\u5907\u6848\u4E3A\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\uFF08\u7B2C4\u6761\uFF09" : "\u672A\u5907\u6848\u4E3A\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\uFF0C\u7B2C4\u6761\u53EA\u652F\u6301\u5DF2\u5907\u6848\u7684\u673A\u6784",
      f.filedAtCityLevel ? "Filed with the city as a new-type R&D institution (clause 4)" : "Not filed with the city as a new-type R&D institution; clause 4 requires it"
    );
    const excellent = f.grade === "excellent";
    ctx.check(
      excellent,
      "grade",
      `\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${excellent ? "\u8FBE\u5230" : "\u672A\u8FBE\u5230"}\u201C\u4F18\u79C0\u201D\u8981\u6C42\uFF08\u7B2C4\u6761\uFF09`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en}, ${excellent ? "meeting" : "below"} the required Excellent (clause 4)`
    );
    ctx.step("ceiling", { capFen: CAP4 }, CAP4);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP4)}\uFF08\u7B2C4\u6761\uFF09`, `Ceiling ${yuan(CAP4)} (clause 4)`);
    return { ceilingFen: CAP4, fixed: false };
  }
});

// rules/measures/c04-offsite-rnd-center.ts
var CAP5 = 5e7;
var c04_offsite_rnd_center_default = defineMeasure({
  id: "c04-offsite-rnd-center",
  clause: 4,
  kind: "ceiling",
  title: { zh: "\u5E02\u5916\u7814\u53D1\u673A\u6784\uFF08\u4EBA\u624D\u98DE\u5730\uFF09\u7EE9\u6548\u8865\u52A9", en: "Off-site R&D centre (talent enclave) subsidy" },
  summary: {
    zh: "\u6211\u5E02\u4F01\u4E1A\u5728\u5E02\u5916\u8BBE\u7ACB\u7684\u7814\u53D1\u673A\u6784\u3001\u201C\u4EBA\u624D\u98DE\u5730\u201D\uFF0C\u7ECF\u5907\u6848\u4E14\u8BC4\u4EF7\u670D\u52A1\u6211\u5E02\u7EE9\u6548\u7A81\u51FA\u7684\uFF0C\u8865\u52A9\u4E0D\u8D85\u8FC750\u4E07\u5143",
    en: "Up to \xA5500,000 for a filed R&D centre or talent enclave set up outside Weihai by a Weihai enterprise and rated outstanding in serving the city"
  },
  quote: "\u5BF9\u6211\u5E02\u4F01\u4E1A\u5230\u5E02\u5916\u8BBE\u7ACB\u7814\u53D1\u673A\u6784\u3001\u5EFA\u8BBE\u201C\u4EBA\u624D\u98DE\u5730\u201D\u7684,\u6309\u540C\u7B49\u6761\u4EF6\u4E88\u4EE5\u5907\u6848\u8BA4\u53EF,\u7ECF\u8BC4\u4EF7\u670D\u52A1\u6211\u5E02\u7EE9\u6548\u7A81\u51FA\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP5,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "\u5E02\u5916\u7814\u53D1\u673A\u6784\u662F\u5426\u5DF2\u5728\u5E02\u7EA7\u5907\u6848", "The off-site R&D centre is filed with the city", {
      zh: "\u5E02\u5916\u7814\u53D1\u673A\u6784\u3001\u201C\u4EBA\u624D\u98DE\u5730\u201D\u6309\u5E02\u7EA7\u65B0\u578B\u7814\u53D1\u673A\u6784\u540C\u7B49\u6761\u4EF6\u5907\u6848\u8BA4\u53EF",
      en: "The off-site centre or talent enclave has been filed on the same terms as a municipal new-type R&D institution"
    }),
    {
      ...grade("\u670D\u52A1\u6211\u5E02\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Evaluation grade of its service to Weihai"),
      help: { zh: "\u201C\u7EE9\u6548\u7A81\u51FA\u201D\u6309\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C\u4F18\u79C0\u201D\u8BA4\u5B9A", en: '"Outstanding performance" means an excellent grade' }
    },
    date("eventDate", "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the evaluation result was published")
  ],
  documents: [
    { key: "filing_certificate", zh: "\u5E02\u5916\u7814\u53D1\u673A\u6784\u5907\u6848\u8BA4\u53EF\u6587\u4EF6", en: "Filing document of the off-site R&D centre" },
    { key: "establishment_proof", zh: "\u5E02\u5916\u7814\u53D1\u673A\u6784\u8BBE\u7ACB\u8BC1\u660E\uFF08\u8425\u4E1A\u6267\u7167\u6216\u767B\u8BB0\u8BC1\u4E66\u3001\u573A\u5730\u534F\u8BAE\u7B49\uFF09", en: "Proof of establishment of the off-site centre (licence or registration, premises agreement)" },
    { key: "evaluation_result", zh: "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Performance evaluation result notice" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.filedAtCityLevel,
      "filed_city_level",
      f.filedAtCityLevel ? "\u5E02\u5916\u7814\u53D1\u673A\u6784\u5DF2\u5907\u6848\u8BA4\u53EF\uFF08\u7B2C4\u6761\uFF09" : "\u5E02\u5916\u7814\u53D1\u673A\u6784\u672A\u5907\u6848\u8BA4\u53EF\uFF0C\u7B2C4\u6761\u8981\u6C42\u6309\u540C\u7B49\u6761\u4EF6\u5907\u6848",
      f.filedAtCityLevel ? "The off-site R&D centre is filed with the city (clause 4)" : "The off-site R&D centre is not filed with the city; clause 4 requires it"
    );
    const excellent = f.grade === "excellent";
    ctx.check(
      excellent,
      "grade",
      `\u670D\u52A1\u6211\u5E02\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${excellent ? "\u5C5E" : "\u4E0D\u5C5E"}\u7EE9\u6548\u7A81\u51FA\uFF08\u987B\u4E3A\u201C\u4F18\u79C0\u201D\uFF0C\u7B2C4\u6761\uFF09`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} ${excellent ? "counts" : "does not count"} as outstanding (Excellent required, clause 4)`
    );
    ctx.step("ceiling", { capFen: CAP5 }, CAP5);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP5)}\uFF08\u7B2C4\u6761\uFF09`, `Ceiling ${yuan(CAP5)} (clause 4)`);
    return { ceilingFen: CAP5, fixed: false };
  }
});

// rules/measures/c05-agri-park-upgrade.ts
var NATIONAL2 = 5e8;
var PROVINCIAL2 = 1e8;
var c05_agri_park_upgrade_default = defineMeasure({
  id: "c05-agri-park-upgrade",
  clause: 5,
  kind: "fixed",
  title: { zh: "\u519C\u4E1A\u79D1\u6280\u56ED\u533A\u5347\u7EA7\u5956\u52B1", en: "Agricultural science park upgrade award" },
  summary: {
    zh: "\u56ED\u533A\u5347\u7EA7\u4E3A\u56FD\u5BB6\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A\u7684\u4E00\u6B21\u6027\u5956\u52B1500\u4E07\u5143\uFF0C\u5347\u7EA7\u4E3A\u7701\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A\u7684\u4E00\u6B21\u6027\u5956\u52B1100\u4E07\u5143",
    en: "One-off \xA55m when a park is upgraded to a national agricultural high-tech demonstration zone, \xA51m for a provincial one"
  },
  quote: "\u5BF9\u5347\u7EA7\u4E3A\u56FD\u5BB6\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A\u7684,\u4E00\u6B21\u6027\u7ED9\u4E88500\u4E07\u5143\u5956\u52B1,\u5BF9\u5347\u7EA7\u4E3A\u7701\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A(\u6D77\u6D0B\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u5F00\u53D1\u533A)\u7684,\u4E00\u6B21\u6027\u7ED9\u4E88100\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "social_org", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: ["agriculture", "ocean"],
  once: true,
  maxFen: NATIONAL2,
  monotoneIn: [],
  fields: [
    oneOf("upgradedTo", "\u5347\u7EA7\u540E\u7684\u56ED\u533A\u7EA7\u522B", "Upgraded to", {
      national_agri_hitech_zone: { zh: "\u56FD\u5BB6\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A", en: "National agricultural high-tech industry demonstration zone" },
      provincial_agri_hitech_zone: { zh: "\u7701\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A\uFF08\u6D77\u6D0B\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u5F00\u53D1\u533A\uFF09", en: "Provincial agricultural (marine) high-tech industry demonstration zone" }
    }, {
      zh: "\u7531\u56ED\u533A\u8FD0\u8425\u7BA1\u7406\u5355\u4F4D\u7533\u8BF7",
      en: "Filed by the park's operating organisation"
    }),
    date("eventDate", "\u5347\u7EA7\u83B7\u6279\u65E5\u671F", "Date the upgrade was approved", { zh: "\u5347\u7EA7\u6279\u590D\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the upgrade approval was issued" })
  ],
  documents: [
    { key: "approval_document", zh: "\u793A\u8303\u533A\u5347\u7EA7\u6279\u590D\u6587\u4EF6", en: "Approval document of the upgrade" },
    { key: "operator_proof", zh: "\u56ED\u533A\u8FD0\u8425\u7BA1\u7406\u5355\u4F4D\u8BC1\u660E", en: "Proof that the applicant operates the park" }
  ],
  rule(f, ctx) {
    const national = f.upgradedTo === "national_agri_hitech_zone";
    const amount = national ? NATIONAL2 : PROVINCIAL2;
    ctx.step("fixed_amount", { upgradedTo: f.upgradedTo, nationalFen: NATIONAL2, provincialFen: PROVINCIAL2 }, amount);
    ctx.check(
      true,
      "amount",
      `\u5347\u7EA7\u4E3A${national ? "\u56FD\u5BB6" : "\u7701"}\u519C\u4E1A\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u793A\u8303\u533A\uFF0C\u4E00\u6B21\u6027\u5956\u52B1 ${yuan(amount)}\uFF08\u7B2C5\u6761\uFF09`,
      `Upgraded to a ${national ? "national" : "provincial"} agricultural high-tech demonstration zone: one-off award ${yuan(amount)} (clause 5)`
    );
    return { ceilingFen: amount, fixed: true };
  }
});

// rules/measures/c07-key-tech-project.ts
var CAP6 = 2e8;
var MODE_ZH = { open_competition: "\u201C\u63ED\u699C\u6302\u5E05\u201D", chief_engineer: "\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D" };
var MODE_EN = { open_competition: "open competition (\u63ED\u699C\u6302\u5E05)", chief_engineer: "chief engineer system (\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236)" };
var c07_key_tech_project_default = defineMeasure({
  id: "c07-key-tech-project",
  clause: 7,
  kind: "ceiling",
  title: { zh: "\u201C\u63ED\u699C\u6302\u5E05\u201D\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D\u9879\u76EE\u652F\u6301", en: "Key technology project support (open competition / chief engineer)" },
  summary: {
    zh: "\u4EE5\u201C\u63ED\u699C\u6302\u5E05\u201D\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D\u65B9\u5F0F\u62E9\u4F18\u7ACB\u9879\u7684\u5E02\u7EA7\u9879\u76EE\uFF0C\u6839\u636E\u5B9E\u65BD\u6210\u6548\u7ED9\u4E88\u627F\u62C5\u5355\u4F4D\u4E0D\u8D85\u8FC7200\u4E07\u5143\u652F\u6301",
    en: "Up to \xA52m per project for the undertaking unit of a municipal project selected by open competition or run under a chief engineer"
  },
  quote: "\u5E02\u7EA7\u5C42\u9762,\u52A0\u5927\u201C\u63ED\u699C\u6302\u5E05\u201D\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D\u7B49\u79D1\u7814\u7EC4\u7EC7\u65B9\u5F0F\u7684\u521B\u65B0\u63A2\u7D22\u529B\u5EA6,\u62E9\u4F18\u7ACB\u9879,\u6839\u636E\u5B9E\u65BD\u6210\u6548,\u7ED9\u4E88\u9879\u76EE\u627F\u62C5\u5355\u4F4D\u4E0D\u8D85\u8FC7200\u4E07\u5143\u8D44\u91D1\u652F\u6301\u3002",
  orgTypes: ["enterprise", "university", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP6,
  monotoneIn: [],
  fields: [
    oneOf("mode", "\u79D1\u7814\u7EC4\u7EC7\u65B9\u5F0F", "Project organisation mode", {
      open_competition: { zh: "\u63ED\u699C\u6302\u5E05", en: "Open competition (\u63ED\u699C\u6302\u5E05)" },
      chief_engineer: { zh: "\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236", en: "Chief engineer system (\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236)" }
    }),
    bool("projectApproved", "\u9879\u76EE\u662F\u5426\u5DF2\u83B7\u5E02\u7EA7\u7ACB\u9879", "The project was approved by the city", {
      zh: "\u5DF2\u5217\u5165\u5E02\u79D1\u6280\u5C40\u4E0B\u8FBE\u7684\u9879\u76EE\u7ACB\u9879\u8BA1\u5212",
      en: "Included in the project plan issued by the Science and Technology Bureau"
    }),
    date("eventDate", "\u7ACB\u9879\u65E5\u671F", "Project approval date", { zh: "\u7ACB\u9879\u6587\u4EF6\u7684\u5370\u53D1\u65E5\u671F", en: "Date the project approval was issued" })
  ],
  documents: [
    { key: "project_approval", zh: "\u9879\u76EE\u7ACB\u9879\u6587\u4EF6", en: "Project approval document" },
    { key: "task_contract", zh: "\u9879\u76EE\u4EFB\u52A1\u4E66\uFF08\u5408\u540C\u4E66\uFF09", en: "Project task agreement" },
    { key: "progress_report", zh: "\u9879\u76EE\u5B9E\u65BD\u6210\u6548\u62A5\u544A", en: "Report on the project's results" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.projectApproved,
      "project_approved",
      f.projectApproved ? `\u9879\u76EE\u5DF2\u6309${MODE_ZH[f.mode]}\u65B9\u5F0F\u62E9\u4F18\u7ACB\u9879\uFF08\u7B2C7\u6761\uFF09` : `\u9879\u76EE\u672A\u83B7\u5E02\u7EA7\u7ACB\u9879\uFF0C\u7B2C7\u6761\u53EA\u652F\u6301\u5DF2\u7ACB\u9879\u7684${MODE_ZH[f.mode]}\u9879\u76EE`,
      f.projectApproved ? `Project approved under the ${MODE_EN[f.mode]} mode (clause 7)` : `Project not approved by the city; clause 7 supports only approved ${MODE_EN[f.mode]} projects`
    );
    ctx.step("ceiling", { mode: f.mode, capFen: CAP6 }, CAP6);
    ctx.check(
      true,
      "amount",
      `\u6BCF\u4E2A\u9879\u76EE\u652F\u6301\u4E0A\u9650 ${yuan(CAP6)}\uFF0C\u5177\u4F53\u91D1\u989D\u6839\u636E\u5B9E\u65BD\u6210\u6548\u786E\u5B9A\uFF08\u7B2C7\u6761\uFF09`,
      `Ceiling ${yuan(CAP6)} per project; the amount depends on the project's results (clause 7)`
    );
    return { ceilingFen: CAP6, fixed: false };
  }
});

// rules/core/money.ts
function mulDiv(a, num, den) {
  const p = a * num;
  if (p <= Number.MAX_SAFE_INTEGER) return Math.floor(p / den);
  return Number(BigInt(a) * BigInt(num) / BigInt(den));
}

// rules/measures/c09-rnd-increment.ts
var CAP7 = 1e8;
var c09_rnd_increment_default = defineMeasure({
  id: "c09-rnd-increment",
  clause: 9,
  kind: "formula",
  title: { zh: "\u7814\u53D1\u6295\u5165\u9012\u589E\u5956\u52B1", en: "R&D investment increment award" },
  summary: {
    zh: "\u7814\u53D1\u6295\u5165\u589E\u957F10%\u4EE5\u4E0A\u4E14\u589E\u91CF\u8D85\u8FC7100\u4E07\u5143\u7684\uFF0C\u6309\u589E\u91CF\u76845%\u5956\u52B1\uFF0C\u6BCF\u5BB6\u6BCF\u5E74\u6700\u9AD8100\u4E07\u5143",
    en: "5% of the R&D increment when spending grew at least 10% and by more than \xA51m; up to \xA51m per enterprise per year"
  },
  quote: "\u5BF9\u89C4\u6A21\u4EE5\u4E0A\u4F01\u4E1A\u4E2D\u6709\u7814\u53D1\u6D3B\u52A8\u7684\u56FD\u5BB6\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u548C\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A,\u7814\u53D1\u6295\u5165\u8F83\u4E0A\u5E74\u5EA6\u589E\u957F10%(\u542B)\u4EE5\u4E0A\u4E14\u589E\u91CF\u8D85\u8FC7100\u4E07\u5143\u7684,\u6309\u4E0D\u8D85\u8FC7\u589E\u91CF5%\u7684\u6BD4\u4F8B\u7ED9\u4E88\u8865\u52A9,\u6BCF\u5BB6\u4F01\u4E1A\u5E74\u5EA6\u5185\u8865\u52A9\u8D44\u91D1\u4E0D\u8D85\u8FC7100\u4E07\u5143\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  annualCapFen: CAP7,
  maxFen: CAP7,
  monotoneIn: ["rndThisYearFen"],
  fields: [
    int("fiscalYear", "\u7814\u53D1\u6295\u5165\u6240\u5C5E\u5E74\u5EA6", "Fiscal year of the R&D spending", 2e3, 2100),
    bool("aboveDesignatedSize", "\u662F\u5426\u89C4\u6A21\u4EE5\u4E0A\u4F01\u4E1A", "Above designated size (\u89C4\u4E0A)"),
    bool("hasRndActivity", "\u662F\u5426\u6709\u7814\u53D1\u6D3B\u52A8", "Has R&D activity"),
    manyOf("qualifications", "\u4F01\u4E1A\u8D44\u8D28", "Qualifications", {
      high_tech_enterprise: { zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A", en: "High-tech enterprise" },
      tech_sme: { zh: "\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A", en: "Tech-based SME" }
    }),
    money("rndPrevYearFen", "\u4E0A\u5E74\u5EA6\u7814\u53D1\u6295\u5165", "R&D spending, previous year", { zh: "\u4EE5\u7EDF\u8BA1\u90E8\u95E8\u6570\u636E\u4E3A\u51C6", en: "As reported to the statistics bureau" }),
    money("rndThisYearFen", "\u672C\u5E74\u5EA6\u7814\u53D1\u6295\u5165", "R&D spending, this year"),
    eventDate("\u5E74\u5EA6\u622A\u6B62\u65E5\uFF08\u8BE5\u5E7412\u670831\u65E5\uFF09", "Year end (31 December of the fiscal year)")
  ],
  documents: [
    { key: "rnd_statistics", zh: "\u7814\u53D1\u6295\u5165\u7EDF\u8BA1\u62A5\u8868", en: "R&D statistics report" },
    { key: "qualification_certificate", zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BC1\u4E66\u6216\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u5165\u5E93\u8BC1\u660E", en: "High-tech enterprise certificate or tech-SME registration" }
  ],
  capYear: (f) => f.fiscalYear,
  rule(f, ctx) {
    ctx.check(
      f.aboveDesignatedSize,
      "above_designated_size",
      f.aboveDesignatedSize ? "\u5C5E\u89C4\u6A21\u4EE5\u4E0A\u4F01\u4E1A\uFF08\u7B2C9\u6761\uFF09" : "\u4E0D\u662F\u89C4\u6A21\u4EE5\u4E0A\u4F01\u4E1A\uFF08\u7B2C9\u6761\u8981\u6C42\u89C4\u4E0A\u4F01\u4E1A\uFF09",
      f.aboveDesignatedSize ? "Above designated size (clause 9)" : "Not above designated size; clause 9 requires it"
    );
    ctx.check(
      f.hasRndActivity,
      "has_rnd_activity",
      f.hasRndActivity ? "\u6709\u7814\u53D1\u6D3B\u52A8\uFF08\u7B2C9\u6761\uFF09" : "\u65E0\u7814\u53D1\u6D3B\u52A8\uFF08\u7B2C9\u6761\u8981\u6C42\u6709\u7814\u53D1\u6D3B\u52A8\uFF09",
      f.hasRndActivity ? "Has R&D activity (clause 9)" : "No R&D activity; clause 9 requires it"
    );
    const qualified = f.qualifications.length > 0;
    ctx.check(
      qualified,
      "qualification",
      qualified ? "\u5177\u5907\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u6216\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u8D44\u8D28\uFF08\u7B2C9\u6761\uFF09" : "\u4E0D\u5177\u5907\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u6216\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u8D44\u8D28\uFF08\u7B2C9\u6761\uFF09",
      qualified ? "Holds high-tech enterprise or tech-SME status (clause 9)" : "Holds neither high-tech enterprise nor tech-SME status (clause 9)"
    );
    const prev = f.rndPrevYearFen;
    const inc = f.rndThisYearFen - prev;
    ctx.step("increment", { rndThisYearFen: f.rndThisYearFen, rndPrevYearFen: prev }, inc);
    const hasBase = ctx.check(
      prev > 0,
      "baseline",
      prev > 0 ? `\u4E0A\u5E74\u7814\u53D1\u6295\u5165 ${yuan(prev)}\uFF08\u7B2C9\u6761\uFF09` : "\u4E0A\u5E74\u7814\u53D1\u6295\u5165\u4E3A 0\uFF0C\u65E0\u6CD5\u8BA1\u7B97\u589E\u957F\uFF08\u7B2C9\u6761\uFF09",
      prev > 0 ? `Previous-year R&D ${yuan(prev)} (clause 9)` : "No previous-year R&D spending, so no growth can be computed (clause 9)"
    );
    if (hasBase) {
      const growthOk = inc * 100 >= prev * 10;
      ctx.step("growth_check", { incrementFen: inc, prevFen: prev, requiredPct: 10 }, growthOk);
      ctx.check(
        growthOk,
        "growth_10pct",
        `\u7814\u53D1\u6295\u5165\u589E\u957F ${pct(inc, prev)}\uFF0C${growthOk ? "\u8FBE\u5230" : "\u672A\u8FBE\u5230"} 10% \u8981\u6C42\uFF08\u7B2C9\u6761\uFF09`,
        `R&D grew ${pct(inc, prev)}, ${growthOk ? "meeting" : "below"} the 10% requirement (clause 9)`
      );
    }
    const incOk = inc > 1e8;
    ctx.check(
      incOk,
      "increment_over_1m",
      `\u7814\u53D1\u6295\u5165\u589E\u91CF ${yuan(inc)}\uFF0C${incOk ? "\u8D85\u8FC7" : "\u672A\u8D85\u8FC7"} 100\u4E07\u5143\uFF08\u7B2C9\u6761\uFF09`,
      `R&D increment ${yuan(inc)} ${incOk ? "exceeds" : "does not exceed"} \xA51,000,000 (clause 9)`
    );
    const five = inc > 0 ? mulDiv(inc, 5, 100) : 0;
    const ceilingFen = Math.min(five, CAP7);
    ctx.step("five_percent", { incrementFen: inc, rate: "5/100", capFen: CAP7 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u5956\u52B1\u4E0A\u9650 = \u589E\u91CF ${yuan(inc)} \xD7 5% = ${yuan(five)}\uFF0C\u5355\u5BB6\u6BCF\u5E74\u6700\u9AD8 ${yuan(CAP7)}\uFF08\u7B2C9\u6761\uFF09`,
      `Ceiling = increment ${yuan(inc)} \xD7 5% = ${yuan(five)}, at most ${yuan(CAP7)} per year (clause 9)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c11-university-joint-rnd.ts
var CAP8 = 5e7;
var c11_university_joint_rnd_default = defineMeasure({
  id: "c11-university-joint-rnd",
  clause: 11,
  kind: "ceiling",
  title: { zh: "\u6821\u5730\u534F\u540C\u7814\u53D1\u673A\u6784\u8865\u52A9", en: "Joint R&D institution at local universities subsidy" },
  summary: {
    zh: "\u4F01\u4E1A\u628A\u7814\u53D1\u673A\u6784\u8BBE\u5728\u9A7B\u5A01\u9AD8\u6821\u9662\u6240\uFF0C\u8054\u5408\u5EFA\u8BBE\u3001\u72EC\u7ACB\u8FD0\u8425\u4E14\u4E3B\u8981\u5728\u6211\u5E02\u9AD8\u6821\u9662\u6240\u5F00\u5C55\u7814\u53D1\u7684\uFF0C\u6839\u636E\u7EE9\u6548\u8BC4\u4EF7\u8865\u52A9\u4E0D\u8D85\u8FC750\u4E07\u5143",
    en: "Up to \xA5500,000, by performance evaluation, for an enterprise R&D institution jointly built at a Weihai university or institute, independently run and doing its R&D mainly there"
  },
  quote: "\u652F\u6301\u5E02\u5185\u5916\u4F01\u4E1A\u628A\u7814\u53D1\u673A\u6784\u8BBE\u5728\u5C71\u4E1C\u5927\u5B66(\u5A01\u6D77)\u3001\u54C8\u5C14\u6EE8\u5DE5\u4E1A\u5927\u5B66(\u5A01\u6D77)\u7B49\u9A7B\u5A01\u9AD8\u6821\u9662\u6240,\u5BF9\u8054\u5408\u5EFA\u8BBE\u3001\u72EC\u7ACB\u8FD0\u8425\u4E14\u4E3B\u8981\u5728\u6211\u5E02\u9AD8\u6821\u9662\u6240\u5F00\u5C55\u7814\u53D1\u6D3B\u52A8\u7684,\u6839\u636E\u7EE9\u6548\u8BC4\u4EF7\u60C5\u51B5,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP8,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    bool("jointlyBuilt", "\u662F\u5426\u4E0E\u9A7B\u5A01\u9AD8\u6821\u9662\u6240\u8054\u5408\u5EFA\u8BBE", "Jointly built with a university or institute in Weihai", {
      zh: "\u6709\u4E0E\u5C71\u4E1C\u5927\u5B66(\u5A01\u6D77)\u3001\u54C8\u5C14\u6EE8\u5DE5\u4E1A\u5927\u5B66(\u5A01\u6D77)\u7B49\u9A7B\u5A01\u9AD8\u6821\u9662\u6240\u7B7E\u8BA2\u7684\u5171\u5EFA\u534F\u8BAE",
      en: "There is a co-building agreement with a university or research institute located in Weihai"
    }),
    bool("independentOperation", "\u662F\u5426\u72EC\u7ACB\u8FD0\u8425", "Operates independently", {
      zh: "\u7814\u53D1\u673A\u6784\u6709\u72EC\u7ACB\u7684\u573A\u6240\u3001\u4EBA\u5458\u3001\u8D22\u52A1\u6838\u7B97\u548C\u7BA1\u7406\u5236\u5EA6",
      en: "The R&D institution has its own premises, staff, accounts and rules"
    }),
    bool("mainlyAtCityInstitutions", "\u7814\u53D1\u6D3B\u52A8\u662F\u5426\u4E3B\u8981\u5728\u6211\u5E02\u9AD8\u6821\u9662\u6240\u5F00\u5C55", "R&D is carried out mainly at Weihai universities or institutes"),
    {
      ...grade("\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Performance evaluation grade"),
      help: { zh: "\u672C\u8F6E\u53EF\u83B7\u8865\u52A9\u7684\u8BC4\u4EF7\u7B49\u6B21\u7531\u7BA1\u7406\u5458\u8BBE\u5B9A\uFF08\u9ED8\u8BA4\u4F18\u79C0\u3001\u826F\u597D\uFF09", en: "The grades that qualify this round are set by the administrator (default: excellent, good)" }
    },
    date("eventDate", "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the evaluation result was published")
  ],
  documents: [
    { key: "cooperation_agreement", zh: "\u6821\u4F01\u5171\u5EFA\u534F\u8BAE", en: "Co-building agreement with the university or institute" },
    { key: "operation_proof", zh: "\u72EC\u7ACB\u8FD0\u8425\u8BC1\u660E\uFF08\u573A\u6240\u3001\u4EBA\u5458\u3001\u8D22\u52A1\u6838\u7B97\u6750\u6599\uFF09", en: "Proof of independent operation (premises, staff, accounts)" },
    { key: "evaluation_result", zh: "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Performance evaluation result notice" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.jointlyBuilt,
      "jointly_built",
      f.jointlyBuilt ? "\u7814\u53D1\u673A\u6784\u4E0E\u9A7B\u5A01\u9AD8\u6821\u9662\u6240\u8054\u5408\u5EFA\u8BBE\uFF08\u7B2C11\u6761\uFF09" : "\u7814\u53D1\u673A\u6784\u4E0D\u662F\u4E0E\u9A7B\u5A01\u9AD8\u6821\u9662\u6240\u8054\u5408\u5EFA\u8BBE\u7684\uFF08\u7B2C11\u6761\u8981\u6C42\u8054\u5408\u5EFA\u8BBE\uFF09",
      f.jointlyBuilt ? "Jointly built with a Weihai university or institute (clause 11)" : "Not jointly built with a Weihai university or institute; clause 11 requires it"
    );
    ctx.check(
      f.independentOperation,
      "independent_operation",
      f.independentOperation ? "\u7814\u53D1\u673A\u6784\u72EC\u7ACB\u8FD0\u8425\uFF08\u7B2C11\u6761\uFF09" : "\u7814\u53D1\u673A\u6784\u672A\u72EC\u7ACB\u8FD0\u8425\uFF08\u7B2C11\u6761\u8981\u6C42\u72EC\u7ACB\u8FD0\u8425\uFF09",
      f.independentOperation ? "Operates independently (clause 11)" : "Does not operate independently; clause 11 requires it"
    );
    ctx.check(
      f.mainlyAtCityInstitutions,
      "mainly_at_city_institutions",
      f.mainlyAtCityInstitutions ? "\u7814\u53D1\u6D3B\u52A8\u4E3B\u8981\u5728\u6211\u5E02\u9AD8\u6821\u9662\u6240\u5F00\u5C55\uFF08\u7B2C11\u6761\uFF09" : "\u7814\u53D1\u6D3B\u52A8\u4E0D\u662F\u4E3B\u8981\u5728\u6211\u5E02\u9AD8\u6821\u9662\u6240\u5F00\u5C55\uFF08\u7B2C11\u6761\u8981\u6C42\uFF09",
      f.mainlyAtCityInstitutions ? "R&D is carried out mainly at Weihai universities or institutes (clause 11)" : "R&D is not carried out mainly at Weihai universities or institutes; clause 11 requires it"
    );
    const admitted = ctx.eligibleGrades();
    const admittedZh = admitted.map((g) => GRADE_LABELS[g]?.zh ?? g).join("\u3001") || "\u65E0";
    const admittedEn = admitted.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") || "none";
    const gradeOk = admitted.includes(f.grade);
    ctx.step("grade_selection", { grade: f.grade, eligibleGrades: admitted }, gradeOk);
    ctx.check(
      gradeOk,
      "grade",
      `\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${gradeOk ? "\u5728" : "\u4E0D\u5728"}\u672C\u8F6E\u652F\u6301\u8303\u56F4\uFF08${admittedZh}\uFF09\u5185\uFF08\u7B2C11\u6761\uFF09`,
      `Evaluation grade ${GRADE_LABELS[f.grade].en} is ${gradeOk ? "within" : "outside"} the grades supported this round (${admittedEn}) (clause 11)`
    );
    ctx.step("ceiling", { capFen: CAP8 }, CAP8);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP8)}\uFF08\u7B2C11\u6761\uFF09`, `Ceiling ${yuan(CAP8)} (clause 11)`);
    return { ceilingFen: CAP8, fixed: false };
  }
});

// rules/measures/c13-event-host.ts
var CAP9 = 1e8;
var LEVEL_ZH = { municipal: "\u5E02\u7EA7", provincial: "\u7701\u7EA7", national: "\u56FD\u5BB6\u7EA7", international: "\u56FD\u9645\u6027" };
var LEVEL_EN = { municipal: "Municipal", provincial: "Provincial", national: "National", international: "International" };
var ROLE_ZH = { host: "\u627F\u529E", co_host: "\u534F\u529E" };
var ROLE_EN = { host: "host", co_host: "co-host" };
var ADMITTED_LEVELS = ["municipal", "provincial", "national", "international"];
var c13_event_host_default = defineMeasure({
  id: "c13-event-host",
  clause: 13,
  kind: "formula",
  title: { zh: "\u79D1\u6280\u5408\u4F5C\u6D3B\u52A8\u627F\u529E\u3001\u534F\u529E\u8865\u52A9", en: "Subsidy for hosting S&T cooperation events" },
  summary: {
    zh: "\u627F\u529E\u3001\u534F\u529E\u5E02\u7EA7\u4EE5\u4E0A\u79D1\u6280\u5408\u4F5C\u4EA4\u6D41\u3001\u521B\u65B0\u521B\u4E1A\u6D3B\u52A8\u7684\u5355\u4F4D\uFF0C\u7EFC\u5408\u7EE9\u6548\u8BC4\u4EF7\u548C\u5B9E\u9645\u652F\u51FA\uFF0C\u8865\u52A9\u4E0D\u8D85\u8FC7\u5B9E\u9645\u652F\u51FA\u4E14\u4E0D\u8D85\u8FC7100\u4E07\u5143",
    en: "For hosts and co-hosts of municipal-or-higher S&T cooperation and innovation events: up to the actual expenditure, at most \xA51m, depending on the evaluation"
  },
  quote: "\u9F13\u52B1\u533A\u5E02\u3001\u5F00\u53D1\u533A\u548C\u4F01\u4E1A\u3001\u9AD8\u6821\u9662\u6240\u3001\u793E\u4F1A\u7EC4\u7EC7\u673A\u6784\u7B49\u5355\u4F4D\u627F\u529E\u3001\u534F\u529E\u5E02\u7EA7\u4EE5\u4E0A\u56FD\u5185\u5916\u79D1\u6280\u5408\u4F5C\u4EA4\u6D41\u4F1A\u8BAE\u3001\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u3001\u521B\u5BA2\u6D3B\u52A8\u5468\u7B49\u5404\u7C7B\u521B\u65B0\u521B\u4E1A\u6D3B\u52A8,\u7EFC\u5408\u8003\u8651\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u548C\u5B9E\u9645\u652F\u51FA\u60C5\u51B5,\u5BF9\u627F\u529E\u3001\u534F\u529E\u5355\u4F4D\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP9,
  monotoneIn: ["actualExpenditureFen"],
  fields: [
    oneOf("eventLevel", "\u6D3B\u52A8\u7EA7\u522B", "Level of the event", {
      municipal: { zh: "\u5E02\u7EA7", en: "Municipal" },
      provincial: { zh: "\u7701\u7EA7", en: "Provincial" },
      national: { zh: "\u56FD\u5BB6\u7EA7", en: "National" },
      international: { zh: "\u56FD\u9645\u6027", en: "International" }
    }, {
      zh: "\u5982\u4E2D\u65E5\u79D1\u6280\u521B\u65B0\u5408\u4F5C\u5927\u4F1A\u3001\u4E2D\u97E9\u521B\u65B0\u5927\u8D5B\u3001\u4E2D\u6B27\u819C\u4EA7\u4E1A\u6280\u672F\u521B\u65B0\u5408\u4F5C\u5927\u4F1A\u3001\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u3001\u521B\u5BA2\u6D3B\u52A8\u5468\u7B49",
      en: "E.g. the China\u2013Japan S&T Innovation Cooperation Conference, the China\u2013Korea Innovation Contest, innovation contests, maker weeks"
    }),
    oneOf("role", "\u627F\u529E\u89D2\u8272", "Role", {
      host: { zh: "\u627F\u529E", en: "Host" },
      co_host: { zh: "\u534F\u529E", en: "Co-host" }
    }),
    money("actualExpenditureFen", "\u6D3B\u52A8\u5B9E\u9645\u652F\u51FA", "Actual expenditure on the event", {
      zh: "\u672C\u5355\u4F4D\u4E3A\u4E3E\u529E\u6D3B\u52A8\u5B9E\u9645\u53D1\u751F\u5E76\u80FD\u63D0\u4F9B\u7968\u636E\u7684\u652F\u51FA",
      en: "What your organisation actually spent on the event, backed by invoices"
    }),
    {
      ...grade("\u6D3B\u52A8\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Performance evaluation grade of the event"),
      help: { zh: "\u8BC4\u4EF7\u4E3A\u201C\u4E0D\u5408\u683C\u201D\u7684\u4E0D\u4E88\u8865\u52A9", en: "An event graded Fail receives nothing" }
    },
    date("eventDate", "\u6D3B\u52A8\u4E3E\u529E\u65E5\u671F", "Date of the event", { zh: "\u591A\u65E5\u6D3B\u52A8\u586B\u5199\u5F00\u5E55\u65E5\u671F", en: "For a multi-day event, the opening day" })
  ],
  documents: [
    { key: "hosting_approval", zh: "\u627F\u529E\uFF08\u534F\u529E\uFF09\u6D3B\u52A8\u7684\u59D4\u6258\u6216\u6279\u590D\u6587\u4EF6", en: "Commission or approval to host the event" },
    { key: "expenditure_vouchers", zh: "\u6D3B\u52A8\u652F\u51FA\u660E\u7EC6\u53CA\u53D1\u7968\u3001\u4ED8\u6B3E\u51ED\u8BC1", en: "Expenditure breakdown with invoices and payment vouchers" },
    { key: "event_report", zh: "\u6D3B\u52A8\u603B\u7ED3\u53CA\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", en: "Event summary and evaluation result" }
  ],
  rule(f, ctx) {
    const levelOk = ADMITTED_LEVELS.includes(f.eventLevel);
    ctx.check(
      levelOk,
      "event_level",
      `${ROLE_ZH[f.role]}${LEVEL_ZH[f.eventLevel]}\u6D3B\u52A8\uFF0C${levelOk ? "\u5C5E" : "\u4E0D\u5C5E"}\u5E02\u7EA7\u4EE5\u4E0A\uFF08\u7B2C13\u6761\uFF09`,
      `${LEVEL_EN[f.eventLevel]} event (${ROLE_EN[f.role]}), ${levelOk ? "which is" : "which is not"} municipal level or higher (clause 13)`
    );
    const gradeOk = f.grade !== "fail";
    ctx.check(
      gradeOk,
      "grade",
      `\u6D3B\u52A8\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D${gradeOk ? "" : "\uFF0C\u4E0D\u4E88\u8865\u52A9"}\uFF08\u7B2C13\u6761\uFF09`,
      `Event evaluation grade ${GRADE_LABELS[f.grade].en}${gradeOk ? "" : ": no subsidy"} (clause 13)`
    );
    const spent = f.actualExpenditureFen;
    const ceilingFen = Math.min(spent, CAP9);
    ctx.step("min_expenditure_cap", { actualExpenditureFen: spent, capFen: CAP9 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9\u4E0A\u9650 = min(\u5B9E\u9645\u652F\u51FA ${yuan(spent)}, ${yuan(CAP9)}) = ${yuan(ceilingFen)}\uFF08\u7B2C13\u6761\uFF09`,
      `Ceiling = min(actual expenditure ${yuan(spent)}, ${yuan(CAP9)}) = ${yuan(ceilingFen)} (clause 13)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c14-tech-contract.ts
var CAP10 = 3e7;
var CONTRACT_ZH = { development: "\u6280\u672F\u5F00\u53D1", transfer: "\u6280\u672F\u8F6C\u8BA9", consulting: "\u6280\u672F\u54A8\u8BE2", service: "\u6280\u672F\u670D\u52A1" };
var CONTRACT_EN = { development: "development", transfer: "transfer", consulting: "consulting", service: "service" };
var SELLER_ZH = { university: "\u9AD8\u6821", research_institute: "\u79D1\u7814\u9662\u6240", enterprise: "\u4F01\u4E1A" };
var SELLER_EN = { university: "a university", research_institute: "a research institute", enterprise: "an enterprise" };
var c14_tech_contract_default = defineMeasure({
  id: "c14-tech-contract",
  clause: 14,
  kind: "formula",
  title: { zh: "\u6280\u672F\u5408\u540C\u8D2D\u4E70\u65B9\u8865\u52A9", en: "Technology contract subsidy for the buyer" },
  summary: {
    zh: "\u6211\u5E02\u79D1\u6280\u578B\u4F01\u4E1A\u8D2D\u4E70\u9AD8\u6821\u9662\u6240\u5728\u5A01\u5F00\u5C55\u7684\u6280\u672F\u5F00\u53D1\u3001\u6280\u672F\u8F6C\u8BA9\uFF0C\u7ECF\u5907\u6848\u7684\u5408\u540C\u6309\u652F\u4ED8\u91D1\u989D\u76845%\u8865\u52A9\uFF0C\u6BCF\u5BB6\u6BCF\u5E74\u4E0D\u8D85\u8FC730\u4E07\u5143",
    en: "5% of the amount paid under a registered development or transfer contract with a university or institute working in Weihai, up to \xA5300,000 per enterprise per year"
  },
  quote: "\u5BF9\u6211\u5E02\u79D1\u6280\u578B\u4F01\u4E1A\u4E0E\u9AD8\u6821\u9662\u6240\u5728\u5A01\u5F00\u5C55\u7684\u6280\u672F\u8F6C\u79FB\u8F6C\u5316,\u7ECF\u5907\u6848\u7684\u6280\u672F\u5F00\u53D1\u3001\u6280\u672F\u8F6C\u8BA9\u5408\u540C,\u6309\u4E0D\u8D85\u8FC7\u652F\u4ED8\u91D1\u989D\u76845%\u7ED9\u4E88\u8D2D\u4E70\u65B9\u8865\u52A9,\u6BCF\u5BB6\u6BCF\u5E74\u4E0D\u8D85\u8FC730\u4E07\u5143\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  annualCapFen: CAP10,
  maxFen: CAP10,
  monotoneIn: ["amountPaidFen"],
  fields: [
    oneOf("contractType", "\u5408\u540C\u7C7B\u578B", "Contract type", {
      development: { zh: "\u6280\u672F\u5F00\u53D1\u5408\u540C", en: "Technology development" },
      transfer: { zh: "\u6280\u672F\u8F6C\u8BA9\u5408\u540C", en: "Technology transfer" },
      consulting: { zh: "\u6280\u672F\u54A8\u8BE2\u5408\u540C", en: "Technical consulting" },
      service: { zh: "\u6280\u672F\u670D\u52A1\u5408\u540C", en: "Technical service" }
    }, {
      zh: "\u53EA\u6709\u6280\u672F\u5F00\u53D1\u3001\u6280\u672F\u8F6C\u8BA9\u5408\u540C\u53EF\u83B7\u8865\u52A9",
      en: "Only development and transfer contracts qualify"
    }),
    bool("registered", "\u5408\u540C\u662F\u5426\u5DF2\u5728\u6280\u672F\u5408\u540C\u767B\u8BB0\u673A\u6784\u5907\u6848", "The contract is registered with a technology contract registry", {
      zh: "\u5DF2\u53D6\u5F97\u6280\u672F\u5408\u540C\u8BA4\u5B9A\u767B\u8BB0\u8BC1\u660E",
      en: "You hold the technology contract registration certificate"
    }),
    oneOf("sellerType", "\u5356\u65B9\uFF08\u6280\u672F\u63D0\u4F9B\u65B9\uFF09\u7C7B\u578B", "Seller (technology provider) type", {
      university: { zh: "\u9AD8\u6821", en: "University" },
      research_institute: { zh: "\u79D1\u7814\u9662\u6240", en: "Research institute" },
      enterprise: { zh: "\u4F01\u4E1A", en: "Enterprise" }
    }),
    bool("sellerInCity", "\u5356\u65B9\u662F\u5426\u5728\u5A01\u6D77\u5F00\u5C55\u8BE5\u9879\u6280\u672F\u8F6C\u79FB\u8F6C\u5316", "The seller carries out the work in Weihai"),
    bool("buyerIsTechEnterprise", "\u672C\u4F01\u4E1A\u662F\u5426\u4E3A\u79D1\u6280\u578B\u4F01\u4E1A", "Your enterprise is a technology-based enterprise", {
      zh: "\u5982\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u3001\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A",
      en: "E.g. a high-tech enterprise or a registered tech-based SME"
    }),
    money("amountPaidFen", "\u5B9E\u9645\u652F\u4ED8\u91D1\u989D", "Amount actually paid", {
      zh: "\u6309\u4ED8\u6B3E\u51ED\u8BC1\u4E0A\u5B9E\u9645\u652F\u4ED8\u7ED9\u5356\u65B9\u7684\u5408\u540C\u6B3E\u586B\u5199",
      en: "Contract money actually paid to the seller, as on the payment vouchers"
    }),
    date("eventDate", "\u652F\u4ED8\u65E5\u671F", "Payment date", { zh: "\u5176\u5E74\u4EFD\u4E3A\u8BA1\u7B97\u6BCF\u5E7430\u4E07\u5143\u4E0A\u9650\u7684\u5E74\u5EA6", en: "Its year is the year counted against the \xA5300,000 annual cap" })
  ],
  documents: [
    { key: "contract", zh: "\u6280\u672F\u5408\u540C\u6587\u672C", en: "Technology contract" },
    { key: "registration_certificate", zh: "\u6280\u672F\u5408\u540C\u8BA4\u5B9A\u767B\u8BB0\u8BC1\u660E", en: "Technology contract registration certificate" },
    { key: "payment_voucher", zh: "\u4ED8\u6B3E\u51ED\u8BC1\u53CA\u53D1\u7968", en: "Payment vouchers and invoices" }
  ],
  capYear: (f) => +f.eventDate.slice(0, 4),
  rule(f, ctx) {
    const typeOk = f.contractType === "development" || f.contractType === "transfer";
    ctx.check(
      typeOk,
      "contract_type",
      typeOk ? `${CONTRACT_ZH[f.contractType]}\u5408\u540C\u5C5E\u652F\u6301\u8303\u56F4\uFF08\u7B2C14\u6761\uFF09` : `${CONTRACT_ZH[f.contractType]}\u5408\u540C\u4E0D\u5728\u652F\u6301\u8303\u56F4\uFF0C\u7B2C14\u6761\u53EA\u652F\u6301\u6280\u672F\u5F00\u53D1\u3001\u6280\u672F\u8F6C\u8BA9\u5408\u540C`,
      typeOk ? `Technology ${CONTRACT_EN[f.contractType]} contract qualifies (clause 14)` : `A technology ${CONTRACT_EN[f.contractType]} contract does not qualify; clause 14 covers development and transfer contracts only`
    );
    ctx.check(
      f.registered,
      "registered",
      f.registered ? "\u5408\u540C\u5DF2\u5907\u6848\uFF08\u7B2C14\u6761\uFF09" : "\u5408\u540C\u672A\u5907\u6848\uFF08\u7B2C14\u6761\u8981\u6C42\u7ECF\u5907\u6848\uFF09",
      f.registered ? "The contract is registered (clause 14)" : "The contract is not registered; clause 14 requires registration"
    );
    const sellerOk = f.sellerType === "university" || f.sellerType === "research_institute";
    ctx.check(
      sellerOk,
      "seller_type",
      sellerOk ? `\u5356\u65B9\u4E3A${SELLER_ZH[f.sellerType]}\uFF08\u7B2C14\u6761\uFF09` : `\u5356\u65B9\u4E3A${SELLER_ZH[f.sellerType]}\uFF0C\u7B2C14\u6761\u53EA\u652F\u6301\u5411\u9AD8\u6821\u9662\u6240\u8D2D\u4E70\u7684\u6280\u672F`,
      sellerOk ? `The seller is ${SELLER_EN[f.sellerType]} (clause 14)` : `The seller is ${SELLER_EN[f.sellerType]}; clause 14 covers technology bought from universities and research institutes only`
    );
    ctx.check(
      f.sellerInCity,
      "seller_in_city",
      f.sellerInCity ? "\u6280\u672F\u8F6C\u79FB\u8F6C\u5316\u5728\u5A01\u6D77\u5F00\u5C55\uFF08\u7B2C14\u6761\uFF09" : "\u6280\u672F\u8F6C\u79FB\u8F6C\u5316\u4E0D\u5728\u5A01\u6D77\u5F00\u5C55\uFF08\u7B2C14\u6761\u8981\u6C42\u201C\u5728\u5A01\u5F00\u5C55\u201D\uFF09",
      f.sellerInCity ? "The work is carried out in Weihai (clause 14)" : "The work is not carried out in Weihai; clause 14 requires it"
    );
    ctx.check(
      f.buyerIsTechEnterprise,
      "buyer_tech_enterprise",
      f.buyerIsTechEnterprise ? "\u8D2D\u4E70\u65B9\u4E3A\u6211\u5E02\u79D1\u6280\u578B\u4F01\u4E1A\uFF08\u7B2C14\u6761\uFF09" : "\u8D2D\u4E70\u65B9\u4E0D\u662F\u79D1\u6280\u578B\u4F01\u4E1A\uFF08\u7B2C14\u6761\u8981\u6C42\uFF09",
      f.buyerIsTechEnterprise ? "The buyer is a technology-based enterprise (clause 14)" : "The buyer is not a technology-based enterprise; clause 14 requires it"
    );
    const paid = f.amountPaidFen;
    const five = mulDiv(paid, 5, 100);
    const ceilingFen = Math.min(five, CAP10);
    ctx.step("five_percent", { amountPaidFen: paid, rate: "5/100", capFen: CAP10 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9\u4E0A\u9650 = \u652F\u4ED8\u91D1\u989D ${yuan(paid)} \xD7 5% = ${yuan(five)}\uFF0C\u6BCF\u5BB6\u6BCF\u5E74\u6700\u9AD8 ${yuan(CAP10)}\uFF08\u7B2C14\u6761\uFF09`,
      `Ceiling = amount paid ${yuan(paid)} \xD7 5% = ${yuan(five)}, at most ${yuan(CAP10)} per enterprise per year (clause 14)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c14-transfer-agency.ts
var CAP11 = 1e7;
var c14_transfer_agency_default = defineMeasure({
  id: "c14-transfer-agency",
  clause: 14,
  kind: "ceiling",
  title: { zh: "\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\u7EE9\u6548\u8865\u52A9", en: "Technology transfer agency subsidy" },
  summary: {
    zh: "\u5E02\u7EA7\u5907\u6848\u7684\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\uFF0C\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u4E3A\u4F18\u79C0\u7684\uFF0C\u6BCF\u5BB6\u8865\u52A9\u4E0D\u8D85\u8FC710\u4E07\u5143",
    en: "Up to \xA5100,000 for a city-filed technology transfer agency rated excellent in its annual evaluation"
  },
  quote: "\u9F13\u52B1\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\u5F00\u5C55\u6280\u672F\u8F6C\u79FB\u8F6C\u5316\u6D3B\u52A8,\u5BF9\u5E02\u7EA7\u5907\u6848\u7684\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784,\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u4E3A\u4F18\u79C0\u7684,\u6BCF\u5BB6\u7ED9\u4E88\u4E0D\u8D85\u8FC710\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "social_org", "research_institute", "university"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP11,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "\u662F\u5426\u5DF2\u5728\u5E02\u7EA7\u5907\u6848\u4E3A\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784", "Filed with the city as a technology transfer agency", {
      zh: "\u5DF2\u5217\u5165\u5E02\u79D1\u6280\u5C40\u516C\u5E03\u7684\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\u5907\u6848\u540D\u5355",
      en: "Listed in the Science and Technology Bureau's register of technology transfer agencies"
    }),
    {
      ...grade("\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Annual performance evaluation grade"),
      help: { zh: "\u53EA\u6709\u201C\u4F18\u79C0\u201D\u53EF\u83B7\u8865\u52A9", en: "Only an excellent grade qualifies" }
    },
    date("eventDate", "\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the annual evaluation result was published")
  ],
  documents: [
    { key: "filing_certificate", zh: "\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\u5E02\u7EA7\u5907\u6848\u6587\u4EF6", en: "Municipal filing document of the agency" },
    { key: "evaluation_result", zh: "\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Annual evaluation result notice" },
    { key: "annual_report", zh: "\u5E74\u5EA6\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u5DE5\u4F5C\u62A5\u544A", en: "Annual report on technology transfer services" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.filedAtCityLevel,
      "filed_city_level",
      f.filedAtCityLevel ? "\u5DF2\u5907\u6848\u4E3A\u5E02\u7EA7\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\uFF08\u7B2C14\u6761\uFF09" : "\u672A\u5907\u6848\u4E3A\u5E02\u7EA7\u6280\u672F\u8F6C\u79FB\u670D\u52A1\u673A\u6784\uFF0C\u7B2C14\u6761\u53EA\u652F\u6301\u5DF2\u5907\u6848\u7684\u673A\u6784",
      f.filedAtCityLevel ? "Filed with the city as a technology transfer agency (clause 14)" : "Not filed with the city as a technology transfer agency; clause 14 requires it"
    );
    const excellent = f.grade === "excellent";
    ctx.check(
      excellent,
      "grade",
      `\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${excellent ? "\u8FBE\u5230" : "\u672A\u8FBE\u5230"}\u201C\u4F18\u79C0\u201D\u8981\u6C42\uFF08\u7B2C14\u6761\uFF09`,
      `Annual evaluation grade ${GRADE_LABELS[f.grade].en}, ${excellent ? "meeting" : "below"} the required Excellent (clause 14)`
    );
    ctx.step("ceiling", { capFen: CAP11 }, CAP11);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP11)}\uFF08\u7B2C14\u6761\uFF09`, `Ceiling ${yuan(CAP11)} (clause 14)`);
    return { ceilingFen: CAP11, fixed: false };
  }
});

// rules/measures/group-a.ts
var groupA = [
  c01_national_key_lab_default,
  c01_national_innovation_center_default,
  c01_provincial_innovation_community_default,
  c01_manufacturing_innovation_center_default,
  c01_provincial_platform_default,
  c01_municipal_platform_default,
  c04_new_rnd_institution_default,
  c04_offsite_rnd_center_default,
  c05_agri_park_upgrade_default,
  c07_key_tech_project_default,
  c09_rnd_increment_default,
  c11_university_joint_rnd_default,
  c13_event_host_default,
  c14_tech_contract_default,
  c14_transfer_agency_default
];

// rules/measures/c15-startup-landing.ts
var CEILING = 5e7;
var MIN_WORKLOAD = 1e8;
var EVENTS = {
  china_korea_innovation_contest: { zh: "\u4E2D\u97E9\u521B\u65B0\u5927\u8D5B", en: "China\u2013Korea Innovation Contest" },
  china_japan_innovation_conference: { zh: "\u4E2D\u65E5\u79D1\u6280\u521B\u65B0\u5408\u4F5C\u5927\u4F1A", en: "China\u2013Japan S&T Innovation Cooperation Conference" },
  other_exchange: { zh: "\u5176\u4ED6\u79D1\u6280\u4EA4\u6D41\u5408\u4F5C\u6D3B\u52A8", en: "another S&T exchange and cooperation event" }
};
var c15_startup_landing_default = defineMeasure({
  id: "c15-startup-landing",
  clause: 15,
  kind: "ceiling",
  title: { zh: "\u521D\u521B\u79D1\u6280\u4F01\u4E1A\u843D\u5730\u8865\u52A9", en: "Start-up landing grant" },
  summary: {
    zh: "\u901A\u8FC7\u4E2D\u97E9\u521B\u65B0\u5927\u8D5B\u3001\u4E2D\u65E5\u79D1\u6280\u521B\u65B0\u5408\u4F5C\u5927\u4F1A\u7B49\u6D3B\u52A8\u843D\u5730\u5A01\u6D77\uFF0C\u5B8C\u6210\u6CE8\u518C\u3001\u6B63\u5E38\u7ECF\u8425\u4E14\u5B9E\u7269\u5DE5\u4F5C\u91CF\u8FBE100\u4E07\u5143\u7684\uFF0C\u4E00\u6B21\u6027\u8865\u52A9\u6700\u9AD850\u4E07\u5143",
    en: "One-off grant of up to \xA5500,000 for a tech start-up that landed in Weihai through an exchange event, registered, operates normally and completed at least \xA51m of physical work"
  },
  quote: "\u5BF9\u76F4\u63A5\u901A\u8FC7\u4E2D\u97E9\u521B\u65B0\u5927\u8D5B\u3001\u4E2D\u65E5\u79D1\u6280\u521B\u65B0\u5408\u4F5C\u5927\u4F1A\u7B49\u79D1\u6280\u4EA4\u6D41\u5408\u4F5C\u6D3B\u52A8\u843D\u5730\u6211\u5E02\u7684\u79D1\u6280\u578B\u4F01\u4E1A\u6216\u56E2\u961F,\u5B8C\u6210\u6CE8\u518C\u3001\u6301\u7EED\u6B63\u5E38\u5F00\u5C55\u751F\u4EA7\u7ECF\u8425\u6D3B\u52A8\u5E76\u5B8C\u6210\u5B9E\u7269\u5DE5\u4F5C\u91CF100\u4E07\u5143(\u542B)\u4EE5\u4E0A\u7684,\u4E00\u6B21\u6027\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "team"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CEILING,
  monotoneIn: ["physicalWorkloadFen"],
  fields: [
    oneOf("viaEvent", "\u843D\u5730\u6240\u901A\u8FC7\u7684\u6D3B\u52A8", "Event through which the start-up landed", EVENTS, {
      zh: "\u987B\u662F\u76F4\u63A5\u901A\u8FC7\u8BE5\u6D3B\u52A8\u5BF9\u63A5\u843D\u5730\u5A01\u6D77",
      en: "The start-up must have come to Weihai directly through this event"
    }),
    bool("registeredInCity", "\u662F\u5426\u5DF2\u5728\u5A01\u6D77\u5B8C\u6210\u6CE8\u518C", "Registration in Weihai completed", {
      zh: "\u4F01\u4E1A\u6216\u56E2\u961F\u5DF2\u5728\u5A01\u6D77\u529E\u7406\u5DE5\u5546\u6CE8\u518C\u767B\u8BB0",
      en: "The company or team has completed business registration in Weihai"
    }),
    bool("operatingNormally", "\u662F\u5426\u6301\u7EED\u6B63\u5E38\u5F00\u5C55\u751F\u4EA7\u7ECF\u8425", "Operating normally and continuously", {
      zh: "\u5982\u6B63\u5E38\u7EB3\u7A0E\u3001\u7F34\u7EB3\u793E\u4FDD\u3001\u5F00\u5C55\u751F\u4EA7\u7ECF\u8425",
      en: "E.g. paying taxes and social insurance, producing and selling"
    }),
    money("physicalWorkloadFen", "\u5DF2\u5B8C\u6210\u5B9E\u7269\u5DE5\u4F5C\u91CF", "Physical workload completed", {
      zh: "\u5728\u5A01\u6D77\u5B9E\u9645\u5B8C\u6210\u7684\u56FA\u5B9A\u8D44\u4EA7\u6295\u8D44\u3001\u8BBE\u5907\u8D2D\u7F6E\u3001\u5382\u623F\u5EFA\u8BBE\u7B49\uFF0C\u4EE5\u5BA1\u8BA1\u6216\u6838\u67E5\u6570\u636E\u4E3A\u51C6\uFF1B\u9700\u8FBE\u5230100\u4E07\u5143(\u542B)",
      en: "Fixed-asset investment, equipment and construction actually completed in Weihai, as audited; at least \xA51,000,000"
    }),
    eventDate("\u843D\u5730\u6CE8\u518C\u65E5\u671F", "Date of registration in Weihai")
  ],
  documents: [
    { key: "business_license", zh: "\u8425\u4E1A\u6267\u7167", en: "Business licence" },
    { key: "event_proof", zh: "\u53C2\u52A0\u4E2D\u97E9\u521B\u65B0\u5927\u8D5B\u3001\u4E2D\u65E5\u79D1\u6280\u521B\u65B0\u5408\u4F5C\u5927\u4F1A\u7B49\u6D3B\u52A8\u7684\u8BC1\u660E\u6750\u6599", en: "Proof of taking part in the exchange event" },
    { key: "workload_audit", zh: "\u5B9E\u7269\u5DE5\u4F5C\u91CF\u4E13\u9879\u5BA1\u8BA1\u62A5\u544A", en: "Audit report on the physical workload" },
    { key: "operation_proof", zh: "\u751F\u4EA7\u7ECF\u8425\u8BC1\u660E\uFF08\u7EB3\u7A0E\u3001\u793E\u4FDD\u7F34\u7EB3\u8BB0\u5F55\uFF09", en: "Proof of normal operation (tax and social-insurance records)" }
  ],
  rule(f, ctx) {
    const ev = EVENTS[f.viaEvent];
    ctx.check(true, "via_event", `\u901A\u8FC7${ev.zh}\u843D\u5730\u5A01\u6D77\uFF08\u7B2C15\u6761\uFF09`, `Landed in Weihai through the ${ev.en} (clause 15)`);
    ctx.check(
      f.registeredInCity,
      "completed_registration",
      f.registeredInCity ? "\u5DF2\u5728\u5A01\u6D77\u5B8C\u6210\u6CE8\u518C\uFF08\u7B2C15\u6761\uFF09" : "\u5C1A\u672A\u5728\u5A01\u6D77\u5B8C\u6210\u6CE8\u518C\uFF08\u7B2C15\u6761\u8981\u6C42\u5B8C\u6210\u6CE8\u518C\uFF09",
      f.registeredInCity ? "Registration in Weihai completed (clause 15)" : "Registration in Weihai not completed; clause 15 requires it"
    );
    ctx.check(
      f.operatingNormally,
      "operating_normally",
      f.operatingNormally ? "\u6301\u7EED\u6B63\u5E38\u5F00\u5C55\u751F\u4EA7\u7ECF\u8425\u6D3B\u52A8\uFF08\u7B2C15\u6761\uFF09" : "\u672A\u6301\u7EED\u6B63\u5E38\u5F00\u5C55\u751F\u4EA7\u7ECF\u8425\u6D3B\u52A8\uFF08\u7B2C15\u6761\u8981\u6C42\u6B63\u5E38\u7ECF\u8425\uFF09",
      f.operatingNormally ? "Operating normally and continuously (clause 15)" : "Not operating normally; clause 15 requires continuous normal operation"
    );
    const w = f.physicalWorkloadFen;
    const workloadOk = w >= MIN_WORKLOAD;
    ctx.step("workload_check", { physicalWorkloadFen: w, minFen: MIN_WORKLOAD, inclusive: true }, workloadOk);
    ctx.check(
      workloadOk,
      "workload_1m",
      `\u5DF2\u5B8C\u6210\u5B9E\u7269\u5DE5\u4F5C\u91CF ${yuan(w)}\uFF0C${workloadOk ? "\u8FBE\u5230" : "\u672A\u8FBE\u5230"} 100\u4E07\u5143(\u542B)\u4EE5\u4E0A\u8981\u6C42\uFF08\u7B2C15\u6761\uFF09`,
      `Physical workload ${yuan(w)} ${workloadOk ? "meets" : "is below"} the \xA51,000,000 (inclusive) requirement (clause 15)`
    );
    ctx.step("ceiling", { capFen: CEILING }, CEILING);
    ctx.check(true, "amount", `\u4E00\u6B21\u6027\u8865\u52A9\u4E0A\u9650 ${yuan(CEILING)}\uFF08\u7B2C15\u6761\uFF09`, `One-off grant of up to ${yuan(CEILING)} (clause 15)`);
    return { ceilingFen: CEILING, fixed: false };
  }
});

// rules/measures/c16-sme-capability-project.ts
var MAX_FEN = 1e15;
var c16_sme_capability_project_default = defineMeasure({
  id: "c16-sme-capability-project",
  clause: 16,
  kind: "match",
  title: { zh: "\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u521B\u65B0\u80FD\u529B\u63D0\u5347\u5DE5\u7A0B\u9879\u76EE\u914D\u5957", en: "Tech-SME innovation capability project: city matching funds" },
  summary: {
    zh: "\u83B7\u5F97\u5C71\u4E1C\u7701\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u521B\u65B0\u80FD\u529B\u63D0\u5347\u5DE5\u7A0B\u7701\u7EA7\u7ACB\u9879\u7684\u9879\u76EE\uFF0C\u5E02\u7EA7\u652F\u6301\u989D\u4E0D\u8D85\u8FC7\u53BF\u7EA7\u8D22\u653F\u652F\u6301\u989D",
    en: "For projects approved by the province under the tech-SME innovation capability programme, city support of up to the county's funding"
  },
  quote: "\u652F\u6301\u4F01\u4E1A\u53C2\u4E0E\u5C71\u4E1C\u7701\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u521B\u65B0\u80FD\u529B\u63D0\u5347\u5DE5\u7A0B,\u91C7\u7528\u7701\u5E02\u53BF\u8054\u52A8\u3001\u7ADE\u4E89\u62E9\u4F18\u65B9\u5F0F\u7EC4\u7EC7\u5B9E\u65BD,\u5BF9\u83B7\u5F97\u7701\u7EA7\u7ACB\u9879\u7684\u9879\u76EE\u8FDB\u884C\u91CD\u70B9\u652F\u6301,\u5E02\u7EA7\u8D22\u653F\u8D44\u91D1\u652F\u6301\u989D\u4E0D\u8D85\u8FC7\u53BF\u7EA7\u8D22\u653F\u8D44\u91D1\u652F\u6301\u989D\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: MAX_FEN,
  monotoneIn: ["countyFundingFen"],
  fields: [
    bool("provincialApproved", "\u662F\u5426\u83B7\u5F97\u7701\u7EA7\u7ACB\u9879", "Approved by the province", {
      zh: "\u9879\u76EE\u5DF2\u5217\u5165\u5C71\u4E1C\u7701\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u521B\u65B0\u80FD\u529B\u63D0\u5347\u5DE5\u7A0B\u7701\u7EA7\u7ACB\u9879\u540D\u5355",
      en: "The project is on the province's approved list of the tech-SME innovation capability programme"
    }),
    money("countyFundingFen", "\u53BF\u7EA7\uFF08\u533A\u5E02\uFF09\u8D22\u653F\u8D44\u91D1\u652F\u6301\u989D", "County (district) funding for the project", {
      zh: "\u533A\u5E02\u8D22\u653F\u5BF9\u672C\u9879\u76EE\u5DF2\u786E\u5B9A\u7684\u652F\u6301\u91D1\u989D\uFF1B\u5E02\u7EA7\u652F\u6301\u4E0D\u8D85\u8FC7\u8BE5\u91D1\u989D",
      en: "Amount the county/district budget grants this project; the city's support cannot exceed it"
    }),
    eventDate("\u7701\u7EA7\u7ACB\u9879\u65E5\u671F", "Date of the provincial project approval")
  ],
  documents: [
    { key: "provincial_approval", zh: "\u7701\u7EA7\u7ACB\u9879\u6279\u590D\u6587\u4EF6", en: "Provincial project approval document" },
    { key: "county_funding_proof", zh: "\u53BF\u7EA7\u8D22\u653F\u8D44\u91D1\u652F\u6301\u6587\u4EF6\u6216\u62E8\u4ED8\u51ED\u8BC1", en: "County funding decision or payment voucher" },
    { key: "project_contract", zh: "\u9879\u76EE\u4EFB\u52A1\u4E66", en: "Project task agreement" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.provincialApproved,
      "provincial_approved",
      f.provincialApproved ? "\u9879\u76EE\u5DF2\u83B7\u5F97\u7701\u7EA7\u7ACB\u9879\uFF08\u7B2C16\u6761\uFF09" : "\u9879\u76EE\u672A\u83B7\u5F97\u7701\u7EA7\u7ACB\u9879\uFF08\u7B2C16\u6761\u8981\u6C42\u7701\u7EA7\u7ACB\u9879\uFF09",
      f.provincialApproved ? "The project was approved by the province (clause 16)" : "The project was not approved by the province; clause 16 requires it"
    );
    const county = f.countyFundingFen;
    ctx.step("match_county", { countyFundingFen: county, rate: "1/1" }, county);
    ctx.check(
      true,
      "amount",
      `\u5E02\u7EA7\u652F\u6301\u4E0A\u9650 = \u53BF\u7EA7\u8D22\u653F\u652F\u6301\u989D ${yuan(county)}\uFF08\u7B2C16\u6761\uFF09`,
      `Ceiling = the county's funding ${yuan(county)} (clause 16)`
    );
    return { ceilingFen: county, fixed: false };
  }
});

// rules/measures/c16-innovation-contest.ts
var AMOUNT2 = 1e7;
var c16_innovation_contest_default = defineMeasure({
  id: "c16-innovation-contest",
  clause: 16,
  kind: "fixed",
  title: { zh: "\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u4F18\u79C0\u4F01\u4E1A\u5956\u52B1", en: "China Innovation and Entrepreneurship Contest: excellent-enterprise award" },
  summary: {
    zh: "\u664B\u7EA7\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u5168\u56FD\u8D5B\u5E76\u83B7\u5F97\u4F18\u79C0\u4F01\u4E1A\u79F0\u53F7\u7684\uFF0C\u4E00\u6B21\u6027\u5956\u52B110\u4E07\u5143",
    en: "One-off award of \xA5100,000 for reaching the national finals of the China Innovation and Entrepreneurship Contest and being named an excellent enterprise"
  },
  quote: "\u9F13\u52B1\u6211\u5E02\u4F01\u4E1A\u53C2\u52A0\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u7B49\u521B\u65B0\u8D5B\u4E8B\u6D3B\u52A8,\u5BF9\u664B\u7EA7\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u5168\u56FD\u8D5B\u5E76\u83B7\u5F97\u4F18\u79C0\u4F01\u4E1A\u79F0\u53F7\u7684,\u4E00\u6B21\u6027\u7ED9\u4E8810\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT2,
  monotoneIn: [],
  fields: [
    bool("reachedNationalFinals", "\u662F\u5426\u664B\u7EA7\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u5168\u56FD\u8D5B", "Reached the national finals of the contest"),
    bool("namedExcellentEnterprise", "\u662F\u5426\u83B7\u5F97\u5168\u56FD\u8D5B\u201C\u4F18\u79C0\u4F01\u4E1A\u201D\u79F0\u53F7", 'Named an "excellent enterprise" in the national finals'),
    eventDate("\u83B7\u5F97\u4F18\u79C0\u4F01\u4E1A\u79F0\u53F7\u65E5\u671F\uFF08\u5168\u56FD\u8D5B\u7ED3\u679C\u516C\u5E03\u65E5\uFF09", "Date the excellent-enterprise title was announced")
  ],
  documents: [
    { key: "finals_proof", zh: "\u664B\u7EA7\u5168\u56FD\u8D5B\u8BC1\u660E\uFF08\u5927\u8D5B\u7EC4\u59D4\u4F1A\u901A\u77E5\u6216\u540D\u5355\uFF09", en: "Proof of reaching the national finals (organising committee notice or list)" },
    { key: "excellent_certificate", zh: "\u201C\u4F18\u79C0\u4F01\u4E1A\u201D\u8BC1\u4E66", en: "Excellent-enterprise certificate" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.reachedNationalFinals,
      "national_finals",
      f.reachedNationalFinals ? "\u5DF2\u664B\u7EA7\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u5168\u56FD\u8D5B\uFF08\u7B2C16\u6761\uFF09" : "\u672A\u664B\u7EA7\u4E2D\u56FD\u521B\u65B0\u521B\u4E1A\u5927\u8D5B\u5168\u56FD\u8D5B\uFF08\u7B2C16\u6761\u8981\u6C42\u664B\u7EA7\u5168\u56FD\u8D5B\uFF09",
      f.reachedNationalFinals ? "Reached the national finals (clause 16)" : "Did not reach the national finals; clause 16 requires it"
    );
    ctx.check(
      f.namedExcellentEnterprise,
      "excellent_enterprise",
      f.namedExcellentEnterprise ? "\u83B7\u5F97\u5168\u56FD\u8D5B\u4F18\u79C0\u4F01\u4E1A\u79F0\u53F7\uFF08\u7B2C16\u6761\uFF09" : "\u672A\u83B7\u5F97\u5168\u56FD\u8D5B\u4F18\u79C0\u4F01\u4E1A\u79F0\u53F7\uFF08\u7B2C16\u6761\u8981\u6C42\u83B7\u5F97\u8BE5\u79F0\u53F7\uFF09",
      f.namedExcellentEnterprise ? "Named an excellent enterprise (clause 16)" : "Not named an excellent enterprise; clause 16 requires it"
    );
    ctx.step("fixed_award", {}, AMOUNT2);
    ctx.check(true, "amount", `\u4E00\u6B21\u6027\u5956\u52B1 ${yuan(AMOUNT2)}\uFF08\u7B2C16\u6761\uFF09`, `One-off award of ${yuan(AMOUNT2)} (clause 16)`);
    return { ceilingFen: AMOUNT2, fixed: true };
  }
});

// rules/measures/c17-hte-growth.ts
var AMOUNT3 = 5e6;
function isqrt(n) {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}
function cagrText(y1, y3) {
  const tenths = Number(isqrt(BigInt(y3) * 1000000n / BigInt(y1))) - 1e3;
  const t = Math.abs(tenths);
  return (tenths < 0 ? "-" : "") + Math.floor(t / 10) + "." + t % 10 + "%";
}
var c17_hte_growth_default = defineMeasure({
  id: "c17-hte-growth",
  clause: 17,
  kind: "fixed",
  title: { zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u6210\u957F\u6027\u5956\u52B1", en: "High-tech enterprise growth award" },
  summary: {
    zh: "\u5F53\u5E74\u901A\u8FC7\u8BA4\u5B9A\u7684\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\uFF0C\u8FD13\u5E74\u9500\u552E\u6536\u5165\u590D\u5408\u589E\u957F\u7387\u8FBE\u523010%\u7684\uFF0C\u4E00\u6B21\u6027\u5956\u52B15\u4E07\u5143",
    en: "One-off award of \xA550,000 for an enterprise certified as high-tech this year whose sales grew at a compound rate of at least 10% over the last 3 years"
  },
  quote: "\u5BF9\u5F53\u5E74\u901A\u8FC7\u8BA4\u5B9A\u7684\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u5F00\u5C55\u6210\u957F\u6027\u8BC4\u4EF7,\u8FD13\u5E74\u9500\u552E\u6536\u5165\u590D\u5408\u589E\u957F\u7387\u8D85\u8FC710%(\u542B)\u7684,\u4E00\u6B21\u6027\u7ED9\u4E885\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT3,
  // Y3 up can only turn a failing growth test into a passing one; Y2 does not enter the rule.
  monotoneIn: ["salesY2Fen", "salesY3Fen"],
  fields: [
    bool("certifiedThisYear", "\u662F\u5426\u5F53\u5E74\u901A\u8FC7\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A", "Certified as a high-tech enterprise this year"),
    money("salesY1Fen", "\u8FD13\u5E74\u7B2C1\u5E74\u9500\u552E\u6536\u5165\uFF08\u6700\u65E9\u4E00\u5E74\uFF09", "Sales revenue, year 1 (earliest of the last 3)", {
      zh: "\u6309\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u7533\u62A5\u65F6\u7684\u8FD1\u4E09\u4E2A\u4F1A\u8BA1\u5E74\u5EA6\u586B\u5199\uFF0C\u4EE5\u5BA1\u8BA1\u62A5\u544A\u4E3A\u51C6",
      en: "The three fiscal years used in the high-tech enterprise certification, as audited"
    }),
    money("salesY2Fen", "\u8FD13\u5E74\u7B2C2\u5E74\u9500\u552E\u6536\u5165", "Sales revenue, year 2"),
    money("salesY3Fen", "\u8FD13\u5E74\u7B2C3\u5E74\u9500\u552E\u6536\u5165\uFF08\u6700\u8FD1\u4E00\u5E74\uFF09", "Sales revenue, year 3 (most recent)"),
    eventDate("\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u65E5\u671F\uFF08\u8BC1\u4E66\u53D1\u8BC1\u65E5\u671F\uFF09", "High-tech enterprise certification date (certificate date)")
  ],
  documents: [
    { key: "hte_certificate", zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BC1\u4E66", en: "High-tech enterprise certificate" },
    { key: "sales_audit", zh: "\u8FD1\u4E09\u4E2A\u4F1A\u8BA1\u5E74\u5EA6\u8D22\u52A1\u5BA1\u8BA1\u62A5\u544A\uFF08\u542B\u9500\u552E\u6536\u5165\uFF09", en: "Audited financial statements of the last three fiscal years (sales revenue)" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.certifiedThisYear,
      "certified_this_year",
      f.certifiedThisYear ? "\u5F53\u5E74\u901A\u8FC7\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\uFF08\u7B2C17\u6761\uFF09" : "\u4E0D\u662F\u5F53\u5E74\u901A\u8FC7\u8BA4\u5B9A\u7684\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\uFF08\u7B2C17\u6761\uFF09",
      f.certifiedThisYear ? "Certified as a high-tech enterprise this year (clause 17)" : "Not certified as a high-tech enterprise this year (clause 17)"
    );
    const y1 = f.salesY1Fen;
    const y3 = f.salesY3Fen;
    const hasBase = ctx.check(
      y1 > 0,
      "baseline",
      y1 > 0 ? `\u7B2C1\u5E74\u9500\u552E\u6536\u5165 ${yuan(y1)}\uFF08\u7B2C17\u6761\uFF09` : "\u7B2C1\u5E74\u9500\u552E\u6536\u5165\u4E3A 0\uFF0C\u65E0\u6CD5\u8BA1\u7B97\u590D\u5408\u589E\u957F\u7387\uFF08\u7B2C17\u6761\uFF09",
      y1 > 0 ? `Year-1 sales ${yuan(y1)} (clause 17)` : "Year-1 sales are 0, so no compound growth can be computed (clause 17)"
    );
    if (hasBase) {
      const growthOk = BigInt(y3) * 100n >= BigInt(y1) * 121n;
      const cagr = cagrText(y1, y3);
      ctx.step("growth_check", { salesY1Fen: y1, salesY2Fen: f.salesY2Fen, salesY3Fen: y3, rule: "Y3 \xD7 100 \u2265 Y1 \xD7 121", cagr }, growthOk);
      ctx.check(
        growthOk,
        "growth_10pct",
        `\u8FD13\u5E74\u9500\u552E\u6536\u5165\u7531 ${yuan(y1)} \u589E\u81F3 ${yuan(y3)}\uFF0C\u590D\u5408\u589E\u957F\u7387 ${cagr}\uFF0C${growthOk ? "\u8FBE\u5230" : "\u672A\u8FBE\u5230"} 10%(\u542B) \u8981\u6C42\uFF08\u7B2C17\u6761\uFF09`,
        `Sales went from ${yuan(y1)} to ${yuan(y3)} over 3 years, compound growth ${cagr}, ${growthOk ? "meeting" : "below"} the 10% (inclusive) requirement (clause 17)`
      );
    }
    ctx.step("fixed_award", {}, AMOUNT3);
    ctx.check(true, "amount", `\u4E00\u6B21\u6027\u5956\u52B1 ${yuan(AMOUNT3)}\uFF08\u7B2C17\u6761\uFF09`, `One-off award of ${yuan(AMOUNT3)} (clause 17)`);
    return { ceilingFen: AMOUNT3, fixed: true };
  }
});

// rules/measures/c17-hte-cultivation-agency.ts
var CEILING2 = 5e7;
var OK_GRADES = ["excellent", "good"];
var c17_hte_cultivation_agency_default = defineMeasure({
  id: "c17-hte-cultivation-agency",
  clause: 17,
  kind: "ceiling",
  title: { zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u57F9\u80B2\u673A\u6784\u5956\u52B1", en: "Award for high-tech enterprise cultivation agencies" },
  summary: {
    zh: "\u5F00\u5C55\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u57F9\u80B2\u7684\u673A\u6784\uFF0C\u6309\u670D\u52A1\u4F01\u4E1A\u6570\u91CF\u548C\u8BA4\u5B9A\u6210\u529F\u7387\u7ECF\u7EE9\u6548\u8BC4\u4EF7\u4E3A\u4F18\u79C0\u6216\u826F\u597D\u7684\uFF0C\u5956\u52B1\u6700\u9AD850\u4E07\u5143",
    en: "Up to \xA5500,000 for an agency that coaches enterprises through high-tech certification, graded excellent or good on the number served and success rate"
  },
  quote: "\u5BF9\u5F00\u5C55\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u57F9\u80B2\u7684\u673A\u6784,\u6839\u636E\u670D\u52A1\u4F01\u4E1A\u6570\u91CF\u548C\u8BA4\u5B9A\u6210\u529F\u7387,\u7ECF\u7EE9\u6548\u8BC4\u4EF7,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CEILING2,
  monotoneIn: [],
  fields: [
    int("enterprisesServed", "\u670D\u52A1\u4F01\u4E1A\u6570\u91CF", "Enterprises served", 0, 1e5, {
      zh: "\u8BC4\u4EF7\u671F\u5185\u63D0\u4F9B\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u57F9\u80B2\u670D\u52A1\u7684\u4F01\u4E1A\u6570",
      en: "Enterprises coached towards high-tech certification in the evaluation period"
    }),
    int("enterprisesCertified", "\u5176\u4E2D\u901A\u8FC7\u8BA4\u5B9A\u7684\u4F01\u4E1A\u6570\u91CF", "Of which certified", 0, 1e5, {
      zh: "\u670D\u52A1\u4F01\u4E1A\u4E2D\u5F53\u671F\u901A\u8FC7\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BA4\u5B9A\u7684\u6570\u91CF\uFF0C\u4E0D\u80FD\u8D85\u8FC7\u670D\u52A1\u4F01\u4E1A\u6570\u91CF",
      en: "Served enterprises that were certified as high-tech in the period; cannot exceed the number served"
    }),
    grade(),
    eventDate("\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u65E5\u671F", "Date of the performance evaluation result")
  ],
  documents: [
    { key: "service_list", zh: "\u670D\u52A1\u4F01\u4E1A\u6E05\u5355\u53CA\u670D\u52A1\u534F\u8BAE", en: "List of enterprises served with service agreements" },
    { key: "certified_list", zh: "\u901A\u8FC7\u8BA4\u5B9A\u4F01\u4E1A\u540D\u5355\uFF08\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BC1\u4E66\u590D\u5370\u4EF6\uFF09", en: "List of certified enterprises (copies of their certificates)" },
    { key: "evaluation_result", zh: "\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", en: "Performance evaluation result" }
  ],
  rule(f, ctx) {
    const served = f.enterprisesServed;
    const certified = f.enterprisesCertified;
    ctx.step("success_rate", { enterprisesServed: served, enterprisesCertified: certified }, pct(certified, served));
    ctx.check(
      certified >= 1,
      "certified_at_least_one",
      certified >= 1 ? `\u670D\u52A1\u4F01\u4E1A ${served} \u5BB6\uFF0C\u901A\u8FC7\u8BA4\u5B9A ${certified} \u5BB6\uFF08\u7B2C17\u6761\uFF09` : `\u670D\u52A1\u4F01\u4E1A ${served} \u5BB6\uFF0C\u65E0\u4F01\u4E1A\u901A\u8FC7\u8BA4\u5B9A\uFF08\u7B2C17\u6761\u8981\u6C42\u6709\u8BA4\u5B9A\u6210\u529F\u7684\u4F01\u4E1A\uFF09`,
      certified >= 1 ? `${served} enterprises served, ${certified} certified (clause 17)` : `${served} enterprises served, none certified; clause 17 requires at least one certified enterprise`
    );
    const consistent = certified <= served;
    ctx.check(
      consistent,
      "certified_within_served",
      consistent ? `\u8BA4\u5B9A\u6210\u529F\u7387 ${pct(certified, served)}\uFF08\u7B2C17\u6761\uFF09` : `\u901A\u8FC7\u8BA4\u5B9A\u4F01\u4E1A\u6570 ${certified} \u8D85\u8FC7\u670D\u52A1\u4F01\u4E1A\u6570 ${served}\uFF0C\u8BF7\u6838\u5B9E\u586B\u62A5\uFF08\u7B2C17\u6761\uFF09`,
      consistent ? `Success rate ${pct(certified, served)} (clause 17)` : `Certified enterprises (${certified}) exceed enterprises served (${served}); check the figures (clause 17)`
    );
    const gradeOk = OK_GRADES.includes(f.grade);
    const g = GRADE_LABELS[f.grade];
    ctx.check(
      gradeOk,
      "grade",
      `\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A${g.zh}\uFF0C${gradeOk ? "\u7B26\u5408" : "\u4E0D\u7B26\u5408"}\u4F18\u79C0\u6216\u826F\u597D\u7684\u8981\u6C42\uFF08\u7B2C17\u6761\uFF09`,
      `Evaluation grade ${g.en} ${gradeOk ? "meets" : "does not meet"} the excellent-or-good requirement (clause 17)`
    );
    ctx.step("ceiling", { capFen: CEILING2 }, CEILING2);
    ctx.check(true, "amount", `\u5956\u52B1\u4E0A\u9650 ${yuan(CEILING2)}\uFF08\u7B2C17\u6761\uFF09`, `Award of up to ${yuan(CEILING2)} (clause 17)`);
    return { ceilingFen: CEILING2, fixed: false };
  }
});

// rules/measures/c18-consortium-project.ts
var CEILING3 = 2e8;
var c18_consortium_project_default = defineMeasure({
  id: "c18-consortium-project",
  clause: 18,
  kind: "ceiling",
  title: { zh: "\u521B\u65B0\u8054\u5408\u4F53\u79D1\u7814\u9879\u76EE\u653B\u5173\u652F\u6301", en: "Innovation consortium research project support" },
  summary: {
    zh: "\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u6216\u6709\u5F71\u54CD\u529B\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784\u7275\u5934\u7EC4\u5EFA\u521B\u65B0\u8054\u5408\u4F53\u3001\u4EE5\u201C\u63ED\u699C\u6302\u5E05\u201D\u7B49\u65B9\u5F0F\u7ACB\u9879\u653B\u5173\u7684\uFF0C\u652F\u6301\u6700\u9AD8200\u4E07\u5143",
    en: "Up to \xA52,000,000 for a project of an innovation consortium led by a tech-leading enterprise or an influential new R&D institution, approved through open competition or similar"
  },
  quote: "\u4F18\u5148\u652F\u6301\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u6216\u884C\u4E1A\u5F71\u54CD\u529B\u8F83\u5F3A\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784\u7275\u5934\u7EC4\u5EFA\u4F53\u7CFB\u5316\u3001\u4EFB\u52A1\u578B\u7684\u521B\u65B0\u8054\u5408\u4F53,\u7ED3\u5408\u4E0A\u4E0B\u6E38\u8054\u5408\u653B\u5173\u3001\u4EA7\u5B66\u7814\u7528\u878D\u5408\u3001\u573A\u666F\u5E94\u7528\u5F00\u653E\u3001\u751F\u4EA7\u8981\u7D20\u5171\u4EAB\u7B49\u5B9E\u9645,\u901A\u8FC7\u201C\u63ED\u699C\u6302\u5E05\u201D\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D\u7B49\u65B9\u5F0F,\u652F\u6301\u5176\u5F00\u5C55\u94FE\u6761\u5F0F\u3001\u4F53\u7CFB\u5316\u79D1\u7814\u9879\u76EE\u653B\u5173,\u7ED9\u4E88\u4E0D\u8D85\u8FC7200\u4E07\u5143\u652F\u6301\u3002",
  orgTypes: ["enterprise", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CEILING3,
  monotoneIn: [],
  fields: [
    bool("isTechLeader", "\u662F\u5426\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u6216\u884C\u4E1A\u5F71\u54CD\u529B\u8F83\u5F3A\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784", "Tech-leading enterprise or influential new R&D institution", {
      zh: "\u7275\u5934\u5355\u4F4D\u987B\u4E3A\u8BA4\u5B9A\u7684\u79D1\u6280\u9886\u519B\u4F01\u4E1A\uFF0C\u6216\u884C\u4E1A\u5F71\u54CD\u529B\u8F83\u5F3A\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784",
      en: "The lead must be a recognised tech-leading enterprise or a new R&D institution with strong influence in its industry"
    }),
    bool("projectApproved", "\u8054\u5408\u4F53\u653B\u5173\u9879\u76EE\u662F\u5426\u5DF2\u7ACB\u9879", "Consortium project approved", {
      zh: "\u901A\u8FC7\u201C\u63ED\u699C\u6302\u5E05\u201D\u201C\u6280\u672F\u603B\u5E08\u8D1F\u8D23\u5236\u201D\u7B49\u65B9\u5F0F\u83B7\u5F97\u5E02\u7EA7\u7ACB\u9879",
      en: "Approved by the city through open competition (\u63ED\u699C\u6302\u5E05), chief-engineer responsibility or similar"
    }),
    eventDate("\u9879\u76EE\u7ACB\u9879\u65E5\u671F", "Date of project approval")
  ],
  documents: [
    { key: "leader_recognition", zh: "\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u8BA4\u5B9A\u6587\u4EF6\u6216\u65B0\u578B\u7814\u53D1\u673A\u6784\u5907\u6848\u6587\u4EF6", en: "Tech-leader recognition or new R&D institution filing document" },
    { key: "consortium_agreement", zh: "\u521B\u65B0\u8054\u5408\u4F53\u7EC4\u5EFA\u534F\u8BAE", en: "Consortium agreement" },
    { key: "project_approval", zh: "\u9879\u76EE\u7ACB\u9879\u6279\u590D\u6587\u4EF6", en: "Project approval document" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isTechLeader,
      "tech_leader",
      f.isTechLeader ? "\u7275\u5934\u5355\u4F4D\u4E3A\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u6216\u884C\u4E1A\u5F71\u54CD\u529B\u8F83\u5F3A\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784\uFF08\u7B2C18\u6761\uFF09" : "\u7275\u5934\u5355\u4F4D\u4E0D\u662F\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u6216\u884C\u4E1A\u5F71\u54CD\u529B\u8F83\u5F3A\u7684\u65B0\u578B\u7814\u53D1\u673A\u6784\uFF08\u7B2C18\u6761\uFF09",
      f.isTechLeader ? "Led by a tech-leading enterprise or influential new R&D institution (clause 18)" : "Not a tech-leading enterprise or influential new R&D institution (clause 18)"
    );
    ctx.check(
      f.projectApproved,
      "project_approved",
      f.projectApproved ? "\u8054\u5408\u4F53\u653B\u5173\u9879\u76EE\u5DF2\u7ACB\u9879\uFF08\u7B2C18\u6761\uFF09" : "\u8054\u5408\u4F53\u653B\u5173\u9879\u76EE\u672A\u7ACB\u9879\uFF08\u7B2C18\u6761\u8981\u6C42\u7ACB\u9879\uFF09",
      f.projectApproved ? "The consortium project is approved (clause 18)" : "The consortium project is not approved; clause 18 requires approval"
    );
    ctx.step("ceiling", { capFen: CEILING3 }, CEILING3);
    ctx.check(true, "amount", `\u652F\u6301\u4E0A\u9650 ${yuan(CEILING3)}\uFF08\u7B2C18\u6761\uFF09`, `Support of up to ${yuan(CEILING3)} (clause 18)`);
    return { ceilingFen: CEILING3, fixed: false };
  }
});

// rules/measures/c18-consortium-filing.ts
var AMOUNT4 = 1e7;
var c18_consortium_filing_default = defineMeasure({
  id: "c18-consortium-filing",
  clause: 18,
  kind: "fixed",
  title: { zh: "\u5E02\u7EA7\u521B\u65B0\u8054\u5408\u4F53\u5907\u6848\u8865\u52A9", en: "Grant for filed city-level innovation consortia" },
  summary: {
    zh: "\u901A\u8FC7\u5907\u6848\u7684\u5E02\u7EA7\u521B\u65B0\u8054\u5408\u4F53\u8865\u52A910\u4E07\u5143\uFF0C\u4E13\u9879\u7528\u4E8E\u79D1\u6280\u54A8\u8BE2\u3001\u6280\u672F\u8F6C\u79FB\u3001\u89C4\u5212\u7814\u8BA8\u3001\u5B66\u672F\u4EA4\u6D41\u7B49",
    en: "\xA5100,000 for a filed city-level innovation consortium, earmarked for consulting, technology transfer, planning and academic exchange"
  },
  quote: "\u5BF9\u901A\u8FC7\u5907\u6848\u7684\u5E02\u7EA7\u521B\u65B0\u8054\u5408\u4F53\u7ED9\u4E8810\u4E07\u5143\u8865\u52A9,\u4E13\u9879\u7528\u4E8E\u79D1\u6280\u54A8\u8BE2\u3001\u6280\u672F\u8F6C\u79FB\u3001\u89C4\u5212\u7814\u8BA8\u3001\u5B66\u672F\u4EA4\u6D41\u7B49\u521B\u65B0\u6D3B\u52A8\u3002",
  orgTypes: ["enterprise", "research_institute"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT4,
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "\u521B\u65B0\u8054\u5408\u4F53\u662F\u5426\u5DF2\u901A\u8FC7\u5E02\u7EA7\u5907\u6848", "Consortium filed at city level", {
      zh: "\u7531\u7275\u5934\u5355\u4F4D\u7533\u62A5\uFF0C\u521B\u65B0\u8054\u5408\u4F53\u5DF2\u5217\u5165\u5E02\u79D1\u6280\u5C40\u5907\u6848\u540D\u5355",
      en: "Filed by the lead member; the consortium is on the Science and Technology Bureau's filing list"
    }),
    eventDate("\u5E02\u7EA7\u5907\u6848\u65E5\u671F", "Date of the city-level filing")
  ],
  documents: [
    { key: "filing_notice", zh: "\u5E02\u7EA7\u521B\u65B0\u8054\u5408\u4F53\u5907\u6848\u901A\u77E5", en: "City-level consortium filing notice" },
    { key: "consortium_agreement", zh: "\u521B\u65B0\u8054\u5408\u4F53\u7EC4\u5EFA\u534F\u8BAE", en: "Consortium agreement" },
    { key: "use_plan", zh: "\u8865\u52A9\u8D44\u91D1\u4F7F\u7528\u8BA1\u5212\uFF08\u79D1\u6280\u54A8\u8BE2\u3001\u6280\u672F\u8F6C\u79FB\u3001\u89C4\u5212\u7814\u8BA8\u3001\u5B66\u672F\u4EA4\u6D41\u7B49\uFF09", en: "Plan for using the grant (consulting, technology transfer, planning, academic exchange)" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.filedAtCityLevel,
      "filed_city_level",
      f.filedAtCityLevel ? "\u521B\u65B0\u8054\u5408\u4F53\u5DF2\u901A\u8FC7\u5E02\u7EA7\u5907\u6848\uFF08\u7B2C18\u6761\uFF09" : "\u521B\u65B0\u8054\u5408\u4F53\u672A\u901A\u8FC7\u5E02\u7EA7\u5907\u6848\uFF08\u7B2C18\u6761\u8981\u6C42\u5907\u6848\uFF09",
      f.filedAtCityLevel ? "The consortium is filed at city level (clause 18)" : "The consortium is not filed at city level; clause 18 requires it"
    );
    ctx.step("fixed_award", {}, AMOUNT4);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9 ${yuan(AMOUNT4)}\uFF0C\u4E13\u9879\u7528\u4E8E\u79D1\u6280\u54A8\u8BE2\u3001\u6280\u672F\u8F6C\u79FB\u3001\u89C4\u5212\u7814\u8BA8\u3001\u5B66\u672F\u4EA4\u6D41\u7B49\u521B\u65B0\u6D3B\u52A8\uFF08\u7B2C18\u6761\uFF09`,
      `Grant of ${yuan(AMOUNT4)}, earmarked for consulting, technology transfer, planning and academic exchange (clause 18)`
    );
    return { ceilingFen: AMOUNT4, fixed: true };
  }
});

// rules/measures/c19-talent-service-agency.ts
var CEILING4 = 5e7;
var c19_talent_service_agency_default = defineMeasure({
  id: "c19-talent-service-agency",
  clause: 19,
  kind: "ceiling",
  title: { zh: "\u5F15\u624D\u670D\u52A1\u673A\u6784\u670D\u52A1\u8D39\u7528", en: "Service fee for talent recruitment agencies" },
  summary: {
    zh: "\u53D7\u5E02\u91CC\u59D4\u6258\u5F00\u5C55\u4EBA\u624D\u3001\u9879\u76EE\u3001\u6280\u672F\u53CC\u5411\u5BF9\u63A5\u548C\u5F15\u8FDB\u843D\u5730\u5DE5\u4F5C\u7684\u670D\u52A1\u673A\u6784\uFF0C\u7ED9\u4E88\u6700\u9AD850\u4E07\u5143\u670D\u52A1\u8D39\u7528",
    en: "Up to \xA5500,000 in service fees for an agency commissioned by the city to match and bring in talent, projects and technology"
  },
  quote: "\u52A0\u5927\u5E02\u573A\u5316\u793E\u4F1A\u5316\u5F15\u624D\u6FC0\u52B1\u529B\u5EA6,\u5145\u5206\u8C03\u52A8\u7528\u4EBA\u5355\u4F4D\u3001\u5E02\u573A\u4E3B\u4F53\u5F15\u624D\u8350\u624D\u79EF\u6781\u6027,\u59D4\u6258\u8D44\u6E90\u548C\u7ECF\u9A8C\u4E30\u5BCC\u7684\u670D\u52A1\u673A\u6784,\u5F00\u5C55\u4EBA\u624D\u3001\u9879\u76EE\u3001\u6280\u672F\u7684\u53CC\u5411\u5BF9\u63A5\u3001\u5F15\u8FDB\u4F7F\u7528\u3001\u843D\u5730\u8F6C\u5316\u7B49\u5DE5\u4F5C,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u670D\u52A1\u8D39\u7528\u3002",
  orgTypes: ["enterprise", "social_org"],
  leadBureau: "org-dept",
  coBureaus: [],
  once: false,
  maxFen: CEILING4,
  monotoneIn: [],
  fields: [
    bool("commissioned", "\u662F\u5426\u53D7\u5E02\u91CC\u59D4\u6258\u5F00\u5C55\u5F15\u624D\u670D\u52A1", "Commissioned by the city", {
      zh: "\u4E0E\u5E02\u59D4\u7EC4\u7EC7\u90E8\uFF08\u4EBA\u624D\u5DE5\u4F5C\u90E8\u95E8\uFF09\u7B7E\u8BA2\u4E86\u59D4\u6258\u670D\u52A1\u5408\u540C\u6216\u53D6\u5F97\u59D4\u6258\u6587\u4EF6",
      en: "Holds a service contract or commission from the Organisation Department (talent office)"
    }),
    eventDate("\u59D4\u6258\u670D\u52A1\u5408\u540C\u7B7E\u8BA2\u65E5\u671F", "Date of the commission contract")
  ],
  documents: [
    { key: "commission_contract", zh: "\u59D4\u6258\u670D\u52A1\u5408\u540C\u6216\u59D4\u6258\u6587\u4EF6", en: "Commission contract or letter" },
    { key: "service_report", zh: "\u5F15\u624D\u670D\u52A1\u6210\u679C\u62A5\u544A\uFF08\u5F15\u8FDB\u4EBA\u624D\u3001\u9879\u76EE\u3001\u6280\u672F\u6E05\u5355\uFF09", en: "Service report (talent, projects and technology brought in)" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.commissioned,
      "commissioned",
      f.commissioned ? "\u53D7\u5E02\u91CC\u59D4\u6258\u5F00\u5C55\u5F15\u624D\u670D\u52A1\uFF08\u7B2C19\u6761\uFF09" : "\u672A\u53D7\u5E02\u91CC\u59D4\u6258\u5F00\u5C55\u5F15\u624D\u670D\u52A1\uFF08\u7B2C19\u6761\u8981\u6C42\u53D7\u59D4\u6258\uFF09",
      f.commissioned ? "Commissioned by the city (clause 19)" : "Not commissioned by the city; clause 19 requires a commission"
    );
    ctx.step("ceiling", { capFen: CEILING4 }, CEILING4);
    ctx.check(true, "amount", `\u670D\u52A1\u8D39\u7528\u4E0A\u9650 ${yuan(CEILING4)}\uFF08\u7B2C19\u6761\uFF09`, `Service fee of up to ${yuan(CEILING4)} (clause 19)`);
    return { ceilingFen: CEILING4, fixed: false };
  }
});

// rules/measures/c21-foreign-expert-branch.ts
var CEILING5 = 2e7;
var c21_foreign_expert_branch_default = defineMeasure({
  id: "c21-foreign-expert-branch",
  clause: 21,
  kind: "ceiling",
  title: { zh: "\u5916\u56FD\u4E13\u5BB6\u9A7F\u7AD9\u5206\u7AD9\uFF08\u6D77\u5916\u8054\u7EDC\u7AD9\uFF09\u8865\u52A9", en: "Grant for foreign-expert station branches (overseas liaison offices)" },
  summary: {
    zh: "\u5C71\u4E1C\u7701\u5916\u56FD\u4E13\u5BB6\u9A7F\u7AD9\u5206\u7AD9\uFF08\u6D77\u5916\u8054\u7EDC\u7AD9\uFF09\u8003\u6838\u8BC4\u4F30\u4F18\u79C0\u7684\uFF0C\u8865\u52A9\u6700\u9AD820\u4E07\u5143",
    en: "Up to \xA5200,000 for a branch (overseas liaison office) of the Shandong foreign-expert station graded excellent"
  },
  quote: "\u96C6\u6210\u63A8\u8FDB\u5C71\u4E1C\u7701\u5916\u56FD\u4E13\u5BB6\u9A7F\u7AD9\u5EFA\u8BBE,\u5F62\u6210\u201C\u603B\u7AD9\u2014\u5206\u7AD9(\u6D77\u5916\u8054\u7EDC\u7AD9)\u2014\u5DE5\u4F5C\u5BA4\u201D\u70B9\u9762\u7ED3\u5408\u3001\u7EDF\u7B79\u517C\u987E\u7684\u9A7F\u7AD9\u5DE5\u4F5C\u4F53\u7CFB,\u652F\u6301\u5206\u7AD9(\u6D77\u5916\u8054\u7EDC\u7AD9)\u5EFA\u8BBE,\u8003\u6838\u8BC4\u4F30\u4F18\u79C0\u7684\u7ED9\u4E88\u4E0D\u8D85\u8FC720\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-tech",
  coBureaus: ["org-dept", "hr"],
  once: false,
  maxFen: CEILING5,
  monotoneIn: [],
  fields: [
    grade("\u8003\u6838\u8BC4\u4F30\u7ED3\u679C", "Assessment grade"),
    eventDate("\u8003\u6838\u8BC4\u4F30\u7ED3\u679C\u65E5\u671F", "Date of the assessment result")
  ],
  documents: [
    { key: "branch_approval", zh: "\u5916\u56FD\u4E13\u5BB6\u9A7F\u7AD9\u5206\u7AD9\uFF08\u6D77\u5916\u8054\u7EDC\u7AD9\uFF09\u8BBE\u7ACB\u6279\u590D\u6587\u4EF6", en: "Approval of the branch (overseas liaison office)" },
    { key: "assessment_result", zh: "\u8003\u6838\u8BC4\u4F30\u7ED3\u679C", en: "Assessment result" }
  ],
  rule(f, ctx) {
    const ok = f.grade === "excellent";
    const g = GRADE_LABELS[f.grade];
    ctx.check(
      ok,
      "grade",
      `\u8003\u6838\u8BC4\u4F30\u7ED3\u679C\u4E3A${g.zh}\uFF0C${ok ? "\u7B26\u5408" : "\u4E0D\u7B26\u5408"}\u4F18\u79C0\u7684\u8981\u6C42\uFF08\u7B2C21\u6761\uFF09`,
      `Assessment grade ${g.en} ${ok ? "meets" : "does not meet"} the excellent requirement (clause 21)`
    );
    ctx.step("ceiling", { capFen: CEILING5 }, CEILING5);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CEILING5)}\uFF08\u7B2C21\u6761\uFF09`, `Grant of up to ${yuan(CEILING5)} (clause 21)`);
    return { ceilingFen: CEILING5, fixed: false };
  }
});

// rules/measures/c21-foreign-expert-studio.ts
var AMOUNT5 = 2e7;
var c21_foreign_expert_studio_default = defineMeasure({
  id: "c21-foreign-expert-studio",
  clause: 21,
  kind: "fixed",
  title: { zh: "\u5916\u56FD\u4E13\u5BB6\u5DE5\u4F5C\u5BA4\u8865\u52A9", en: "Grant for foreign-expert studios" },
  summary: {
    zh: "\u4F01\u4E1A\u3001\u9AD8\u6821\u9662\u6240\u3001\u65B0\u578B\u7814\u53D1\u673A\u6784\u7B49\u8BBE\u7ACB\u7684\u5916\u56FD\u4E13\u5BB6\u5DE5\u4F5C\u5BA4\uFF0C\u5EFA\u8BBE\u671F\u6EE1\u8003\u6838\u8BC4\u4F30\u4F18\u79C0\u7684\uFF0C\u4E00\u6B21\u6027\u8865\u52A920\u4E07\u5143",
    en: "One-off grant of \xA5200,000 for a foreign-expert studio graded excellent at the end of its construction period"
  },
  quote: "\u652F\u6301\u4F01\u4E1A\u3001\u9AD8\u6821\u9662\u6240\u3001\u65B0\u578B\u7814\u53D1\u673A\u6784\u7B49\u8BBE\u7ACB\u5916\u56FD\u4E13\u5BB6\u5DE5\u4F5C\u5BA4,\u5EFA\u8BBE\u671F\u6EE1\u8003\u6838\u8BC4\u4F30\u4F18\u79C0\u7684,\u4E00\u6B21\u6027\u7ED9\u4E8820\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNT5,
  monotoneIn: [],
  fields: [
    bool("constructionCompleted", "\u5DE5\u4F5C\u5BA4\u5EFA\u8BBE\u671F\u662F\u5426\u5DF2\u6EE1", "Construction period of the studio completed", {
      zh: "\u6309\u8BBE\u7ACB\u6279\u590D\u786E\u5B9A\u7684\u5EFA\u8BBE\u671F\u5DF2\u7ED3\u675F\u5E76\u5B8C\u6210\u671F\u6EE1\u8003\u6838",
      en: "The construction period set in the approval has ended and the end-of-period assessment was done"
    }),
    grade("\u5EFA\u8BBE\u671F\u6EE1\u8003\u6838\u8BC4\u4F30\u7ED3\u679C", "End-of-construction assessment grade"),
    eventDate("\u5EFA\u8BBE\u671F\u6EE1\u8003\u6838\u8BC4\u4F30\u7ED3\u679C\u65E5\u671F", "Date of the end-of-construction assessment result")
  ],
  documents: [
    { key: "studio_approval", zh: "\u5916\u56FD\u4E13\u5BB6\u5DE5\u4F5C\u5BA4\u8BBE\u7ACB\u6279\u590D\u6587\u4EF6", en: "Approval of the foreign-expert studio" },
    { key: "assessment_result", zh: "\u5EFA\u8BBE\u671F\u6EE1\u8003\u6838\u8BC4\u4F30\u7ED3\u679C", en: "End-of-construction assessment result" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.constructionCompleted,
      "construction_completed",
      f.constructionCompleted ? "\u5DE5\u4F5C\u5BA4\u5EFA\u8BBE\u671F\u5DF2\u6EE1\uFF08\u7B2C21\u6761\uFF09" : "\u5DE5\u4F5C\u5BA4\u5EFA\u8BBE\u671F\u672A\u6EE1\uFF08\u7B2C21\u6761\u8981\u6C42\u5EFA\u8BBE\u671F\u6EE1\uFF09",
      f.constructionCompleted ? "The studio's construction period is completed (clause 21)" : "The studio's construction period is not completed; clause 21 requires it"
    );
    const ok = f.grade === "excellent";
    const g = GRADE_LABELS[f.grade];
    ctx.check(
      ok,
      "grade",
      `\u8003\u6838\u8BC4\u4F30\u7ED3\u679C\u4E3A${g.zh}\uFF0C${ok ? "\u7B26\u5408" : "\u4E0D\u7B26\u5408"}\u4F18\u79C0\u7684\u8981\u6C42\uFF08\u7B2C21\u6761\uFF09`,
      `Assessment grade ${g.en} ${ok ? "meets" : "does not meet"} the excellent requirement (clause 21)`
    );
    ctx.step("fixed_award", {}, AMOUNT5);
    ctx.check(true, "amount", `\u4E00\u6B21\u6027\u8865\u52A9 ${yuan(AMOUNT5)}\uFF08\u7B2C21\u6761\uFF09`, `One-off grant of ${yuan(AMOUNT5)} (clause 21)`);
    return { ceilingFen: AMOUNT5, fixed: true };
  }
});

// rules/measures/c22-top-science-award.ts
var LEVELS = {
  national: { zh: "\u56FD\u5BB6\u6700\u9AD8\u79D1\u5B66\u6280\u672F\u5956", en: "State Preeminent Science and Technology Award" },
  provincial: { zh: "\u5C71\u4E1C\u7701\u79D1\u5B66\u6280\u672F\u6700\u9AD8\u5956", en: "Shandong Provincial Top Science and Technology Award" }
};
var AMOUNTS = {
  national: 5e8,
  // 500万元
  provincial: 2e8
  // 200万元
};
var c22_top_science_award_default = defineMeasure({
  id: "c22-top-science-award",
  clause: 22,
  kind: "fixed",
  title: { zh: "\u6700\u9AD8\u79D1\u5B66\u6280\u672F\u5956\u914D\u5957\u5956\u52B1", en: "Matching award for top science and technology awards" },
  summary: {
    zh: "\u83B7\u5F97\u56FD\u5BB6\u3001\u7701\u6700\u9AD8\u79D1\u5B66\u6280\u672F\u5956\u7684\u4E2A\u4EBA\uFF0C\u5206\u522B\u914D\u5957\u5956\u52B1500\u4E07\u5143\u3001200\u4E07\u5143",
    en: "A matching award of \xA55,000,000 (national) or \xA52,000,000 (provincial) for an individual winning the top science and technology award"
  },
  quote: "\u5BF9\u83B7\u5F97\u56FD\u5BB6\u3001\u7701\u6700\u9AD8\u79D1\u5B66\u6280\u672F\u5956\u7684\u4E2A\u4EBA,\u5206\u522B\u7ED9\u4E88500\u4E07\u5143\u3001200\u4E07\u5143\u914D\u5957\u5956\u52B1;",
  orgTypes: ["individual"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNTS.national,
  monotoneIn: [],
  fields: [
    oneOf("level", "\u6240\u83B7\u6700\u9AD8\u79D1\u5B66\u6280\u672F\u5956\u7EA7\u522B", "Level of the top award", LEVELS),
    eventDate("\u83B7\u5956\u65E5\u671F\uFF08\u5956\u52B1\u51B3\u5B9A\u53D1\u5E03\u65E5\u671F\uFF09", "Award date (date of the award decision)")
  ],
  documents: [
    { key: "award_certificate", zh: "\u83B7\u5956\u8BC1\u4E66", en: "Award certificate" },
    { key: "award_decision", zh: "\u56FD\u52A1\u9662\u6216\u7701\u653F\u5E9C\u5956\u52B1\u51B3\u5B9A\u6587\u4EF6", en: "State Council or provincial government award decision" }
  ],
  rule(f, ctx) {
    const lv = LEVELS[f.level];
    ctx.check(true, "award_level", `\u83B7\u5F97${lv.zh}\uFF08\u7B2C22\u6761\uFF09`, `Won the ${lv.en} (clause 22)`);
    const amount = AMOUNTS[f.level];
    ctx.step("award_amount", { level: f.level }, amount);
    ctx.check(true, "amount", `${lv.zh}\u914D\u5957\u5956\u52B1 ${yuan(amount)}\uFF08\u7B2C22\u6761\uFF09`, `Matching award for the ${lv.en}: ${yuan(amount)} (clause 22)`);
    return { ceilingFen: amount, fixed: true };
  }
});

// rules/measures/c22-national-sci-tech-award.ts
var GRADES = {
  special: { zh: "\u7279\u7B49\u5956", en: "Special prize" },
  first: { zh: "\u4E00\u7B49\u5956", en: "First prize" },
  second: { zh: "\u4E8C\u7B49\u5956", en: "Second prize" }
};
var AMOUNTS2 = {
  special: 3e8,
  // 300万元
  first: 2e8,
  // 200万元
  second: 1e8
  // 100万元
};
var c22_national_sci_tech_award_default = defineMeasure({
  id: "c22-national-sci-tech-award",
  clause: 22,
  kind: "fixed",
  title: { zh: "\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956\u914D\u5957\u5956\u52B1", en: "Matching award for national science and technology awards" },
  summary: {
    zh: "\u4F5C\u4E3A\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D\u83B7\u5F97\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956\u7279\u7B49\u5956\u3001\u4E00\u7B49\u5956\u3001\u4E8C\u7B49\u5956\u7684\uFF0C\u5206\u522B\u914D\u5957\u5956\u52B1300\u4E07\u5143\u3001200\u4E07\u5143\u3001100\u4E07\u5143\uFF0C50%\u5956\u52B1\u4E3B\u8981\u5B8C\u6210\u4EBA\uFF0C50%\u7528\u4E8E\u81EA\u4E3B\u9009\u9898\u79D1\u7814\u7ECF\u8D39",
    en: "\xA53,000,000 / \xA52,000,000 / \xA51,000,000 for the first completing unit of a national S&T award (special / first / second prize); half to the main contributors, half as self-directed research funding"
  },
  quote: "\u5BF9\u4F5C\u4E3A\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D\u83B7\u5F97\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956\u7279\u7B49\u5956\u3001\u4E00\u7B49\u5956\u3001\u4E8C\u7B49\u5956\u7684,\u5206\u522B\u7ED9\u4E88300\u4E07\u5143\u3001200\u4E07\u5143\u3001100\u4E07\u5143\u914D\u5957\u5956\u52B1,\u5956\u91D1\u768450%\u7528\u4E8E\u5956\u52B1\u4E3B\u8981\u5B8C\u6210\u4EBA,50%\u7528\u4E8E\u81EA\u4E3B\u9009\u9898\u79D1\u7814\u7ECF\u8D39;",
  orgTypes: ["enterprise", "university", "research_institute", "hospital"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AMOUNTS2.special,
  monotoneIn: [],
  fields: [
    oneOf("grade", "\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956\u7B49\u7EA7", "Prize grade of the national S&T award", GRADES, {
      zh: "\u56FD\u5BB6\u81EA\u7136\u79D1\u5B66\u5956\u3001\u6280\u672F\u53D1\u660E\u5956\u6216\u79D1\u5B66\u6280\u672F\u8FDB\u6B65\u5956\u7684\u83B7\u5956\u7B49\u7EA7",
      en: "Grade of the State Natural Science, Technological Invention or Scientific and Technological Progress Award"
    }),
    bool("isFirstCompletingUnit", "\u662F\u5426\u4E3A\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D", "First completing unit", {
      zh: "\u83B7\u5956\u8BC1\u4E66\u4E0A\u6392\u540D\u7B2C\u4E00\u7684\u5B8C\u6210\u5355\u4F4D",
      en: "Listed first among the completing units on the award certificate"
    }),
    eventDate("\u83B7\u5956\u65E5\u671F\uFF08\u5956\u52B1\u51B3\u5B9A\u53D1\u5E03\u65E5\u671F\uFF09", "Award date (date of the award decision)")
  ],
  documents: [
    { key: "award_certificate", zh: "\u83B7\u5956\u8BC1\u4E66\uFF08\u663E\u793A\u5B8C\u6210\u5355\u4F4D\u6392\u5E8F\uFF09", en: "Award certificate (showing the order of completing units)" },
    { key: "award_decision", zh: "\u56FD\u52A1\u9662\u5956\u52B1\u51B3\u5B9A\u6587\u4EF6", en: "State Council award decision" },
    { key: "distribution_plan", zh: "\u5956\u91D1\u5206\u914D\u65B9\u6848\uFF08\u4E3B\u8981\u5B8C\u6210\u4EBA\u540D\u5355\u53CA\u79D1\u7814\u7ECF\u8D39\u4F7F\u7528\u8BA1\u5212\uFF09", en: "Distribution plan (main contributors and research-funding plan)" }
  ],
  rule(f, ctx) {
    const g = GRADES[f.grade];
    ctx.check(
      f.isFirstCompletingUnit,
      "first_completing_unit",
      f.isFirstCompletingUnit ? `\u4F5C\u4E3A\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D\u83B7\u5F97\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956${g.zh}\uFF08\u7B2C22\u6761\uFF09` : `\u83B7\u5F97\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956${g.zh}\u4F46\u4E0D\u662F\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D\uFF08\u7B2C22\u6761\u8981\u6C42\u7B2C\u4E00\u5B8C\u6210\u5355\u4F4D\uFF09`,
      f.isFirstCompletingUnit ? `First completing unit of a national S&T award, ${g.en} (clause 22)` : `Not the first completing unit of the national S&T award; clause 22 requires it`
    );
    const amount = AMOUNTS2[f.grade];
    ctx.step("award_amount", { grade: f.grade }, amount);
    ctx.check(true, "amount", `\u56FD\u5BB6\u79D1\u5B66\u6280\u672F\u5956${g.zh}\u914D\u5957\u5956\u52B1 ${yuan(amount)}\uFF08\u7B2C22\u6761\uFF09`, `Matching award for a ${g.en}: ${yuan(amount)} (clause 22)`);
    const contributors = mulDiv(amount, 50, 100);
    const research = amount - contributors;
    ctx.step("split_50_50", { amountFen: amount, rate: "50/100" }, { mainContributorsFen: contributors, researchFundingFen: research });
    ctx.check(
      true,
      "split_50_50",
      `\u5176\u4E2D 50%\uFF08${yuan(contributors)}\uFF09\u7528\u4E8E\u5956\u52B1\u4E3B\u8981\u5B8C\u6210\u4EBA\uFF0C50%\uFF08${yuan(research)}\uFF09\u7528\u4E8E\u81EA\u4E3B\u9009\u9898\u79D1\u7814\u7ECF\u8D39\uFF08\u7B2C22\u6761\uFF09`,
      `Of which 50% (${yuan(contributors)}) rewards the main contributors and 50% (${yuan(research)}) is self-directed research funding (clause 22)`
    );
    return { ceilingFen: amount, fixed: true };
  }
});

// rules/measures/c22-provincial-sci-tech-award.ts
var GRADES2 = {
  special: { zh: "\u7279\u7B49\u5956", en: "Special prize" },
  first: { zh: "\u4E00\u7B49\u5956", en: "First prize" },
  second: { zh: "\u4E8C\u7B49\u5956", en: "Second prize" },
  youth: { zh: "\u9752\u5E74\u5956", en: "Youth award" }
};
var MAX_FEN2 = 1e15;
var c22_provincial_sci_tech_award_default = defineMeasure({
  id: "c22-provincial-sci-tech-award",
  clause: 22,
  kind: "match",
  title: { zh: "\u7701\u79D1\u5B66\u6280\u672F\u5956\u914D\u5957\u5956\u52B1", en: "Matching award for provincial science and technology awards" },
  summary: {
    zh: "\u83B7\u5F97\u5C71\u4E1C\u7701\u79D1\u5B66\u6280\u672F\u5956\u7279\u7B49\u5956\u3001\u4E00\u7B49\u5956\u3001\u4E8C\u7B49\u5956\u4EE5\u53CA\u9752\u5E74\u5956\u7684\uFF0C\u6309\u7701\u5956\u91D11:1\u914D\u5957\u5956\u52B1",
    en: "A 1:1 match of the provincial prize money for a special, first or second prize or a youth award of the Shandong S&T awards"
  },
  quote: "\u5BF9\u83B7\u5F97\u7701\u79D1\u5B66\u6280\u672F\u5956\u7279\u7B49\u5956\u3001\u4E00\u7B49\u5956\u3001\u4E8C\u7B49\u5956\u4EE5\u53CA\u9752\u5E74\u5956\u7684,\u6309\u7701\u5E021:1\u7684\u6BD4\u4F8B\u914D\u5957\u5956\u52B1,\u5956\u91D1\u7684\u5206\u914D\u4F7F\u7528\u6309\u7167\u7701\u6709\u5173\u89C4\u5B9A\u6267\u884C\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "individual"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: MAX_FEN2,
  monotoneIn: ["provincialAwardFen"],
  fields: [
    oneOf("grade", "\u7701\u79D1\u5B66\u6280\u672F\u5956\u7B49\u7EA7", "Grade of the provincial S&T award", GRADES2),
    money("provincialAwardFen", "\u7701\u7EA7\u5956\u91D1\u91D1\u989D", "Provincial prize money", {
      zh: "\u7701\u653F\u5E9C\u5956\u52B1\u51B3\u5B9A\u4E2D\u672C\u5355\u4F4D\uFF08\u672C\u4EBA\uFF09\u83B7\u5F97\u7684\u5956\u91D1\u91D1\u989D\uFF1B\u5E02\u7EA7\u63091:1\u914D\u5957",
      en: "Prize money the provincial award decision grants this applicant; the city matches it 1:1"
    }),
    eventDate("\u83B7\u5956\u65E5\u671F\uFF08\u5956\u52B1\u51B3\u5B9A\u53D1\u5E03\u65E5\u671F\uFF09", "Award date (date of the award decision)")
  ],
  documents: [
    { key: "award_certificate", zh: "\u83B7\u5956\u8BC1\u4E66", en: "Award certificate" },
    { key: "award_decision", zh: "\u7701\u653F\u5E9C\u5956\u52B1\u51B3\u5B9A\u6587\u4EF6", en: "Provincial government award decision" },
    { key: "provincial_payment", zh: "\u7701\u7EA7\u5956\u91D1\u5230\u8D26\u51ED\u8BC1\u6216\u5956\u91D1\u5206\u914D\u8BC1\u660E", en: "Receipt or allocation proof of the provincial prize money" }
  ],
  rule(f, ctx) {
    const g = GRADES2[f.grade];
    ctx.check(true, "award_grade", `\u83B7\u5F97\u5C71\u4E1C\u7701\u79D1\u5B66\u6280\u672F\u5956${g.zh}\uFF08\u7B2C22\u6761\uFF09`, `Won a Shandong provincial S&T award, ${g.en} (clause 22)`);
    const amount = f.provincialAwardFen;
    ctx.step("match_1_to_1", { provincialAwardFen: amount, rate: "1/1" }, amount);
    ctx.check(
      true,
      "amount",
      `\u6309\u7701\u5E021:1\u914D\u5957\uFF1A\u7701\u7EA7\u5956\u91D1 ${yuan(amount)}\uFF0C\u5E02\u7EA7\u914D\u5957 ${yuan(amount)}\uFF0C\u5206\u914D\u4F7F\u7528\u6309\u7701\u6709\u5173\u89C4\u5B9A\u6267\u884C\uFF08\u7B2C22\u6761\uFF09`,
      `1:1 match: provincial prize ${yuan(amount)}, city match ${yuan(amount)}; distributed under the province's rules (clause 22)`
    );
    return { ceilingFen: amount, fixed: true };
  }
});

// rules/measures/group-b.ts
var groupB = [
  c15_startup_landing_default,
  c16_sme_capability_project_default,
  c16_innovation_contest_default,
  c17_hte_growth_default,
  c17_hte_cultivation_agency_default,
  c18_consortium_project_default,
  c18_consortium_filing_default,
  c19_talent_service_agency_default,
  c21_foreign_expert_branch_default,
  c21_foreign_expert_studio_default,
  c22_top_science_award_default,
  c22_national_sci_tech_award_default,
  c22_provincial_sci_tech_award_default
];

// rules/measures/c23-transformation-loan-interest.ts
var CAP12 = 5e7;
var c23_transformation_loan_interest_default = defineMeasure({
  id: "c23-transformation-loan-interest",
  clause: 23,
  kind: "formula",
  title: { zh: "\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u8D34\u606F", en: "Interest subsidy on technology-transfer loans" },
  summary: {
    zh: "\u9996\u6B21\u7EB3\u5165\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848\u5E76\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\u7684\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\uFF0C\u6309\u5B9E\u9645\u652F\u4ED8\u5229\u606F\u8D34\u606F\uFF0C\u6BCF\u5BB6\u4F01\u4E1A\u7D2F\u8BA1\u4E0D\u8D85\u8FC750\u4E07\u5143",
    en: "Tech SMEs whose technology-transfer loan is filed for provincial risk compensation for the first time and repaid on time get the interest paid back, up to \xA5500,000 per enterprise in total"
  },
  quote: "\u5BF9\u9996\u6B21\u7EB3\u5165\u5C71\u4E1C\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848\u5E76\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\u7684\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A,\u79EF\u6781\u843D\u5B9E\u7701\u7EA7\u8D34\u606F\u652F\u6301,\u6BCF\u5BB6\u4F01\u4E1A\u8D34\u606F\u4E0D\u8D85\u8FC750\u4E07\u5143,\u8FDB\u4E00\u6B65\u964D\u4F4E\u4F01\u4E1A\u878D\u8D44\u6210\u672C\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  lifetimeCapFen: CAP12,
  maxFen: CAP12,
  monotoneIn: ["interestPaidFen"],
  fields: [
    bool("isTechSme", "\u662F\u5426\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A", "National tech-based SME", {
      zh: "\u5DF2\u901A\u8FC7\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u8BC4\u4EF7\u5E76\u5165\u5E93",
      en: "Evaluated and listed as a national tech-based SME"
    }),
    bool("firstTimeFiled", "\u8BE5\u7B14\u8D37\u6B3E\u662F\u5426\u9996\u6B21\u7EB3\u5165\u5C71\u4E1C\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848", "This loan is filed for Shandong's technology-transfer loan risk compensation for the first time", {
      zh: "\u4EE5\u5408\u4F5C\u94F6\u884C\u62A5\u9001\u7684\u7701\u7EA7\u5907\u6848\u540D\u5355\u4E3A\u51C6",
      en: "As on the provincial filing list submitted by the lending bank"
    }),
    bool("repaidOnTime", "\u662F\u5426\u6309\u65F6\u8FD8\u672C\u4ED8\u606F", "Principal and interest repaid on time", {
      zh: "\u6CA1\u6709\u903E\u671F\u8FD8\u672C\u6216\u903E\u671F\u4ED8\u606F",
      en: "No late repayment of principal or interest"
    }),
    money("interestPaidFen", "\u5DF2\u5B9E\u9645\u652F\u4ED8\u7684\u5229\u606F", "Interest actually paid", {
      zh: "\u6309\u94F6\u884C\u4ED8\u606F\u51ED\u8BC1\u5408\u8BA1\u586B\u5199",
      en: "Total of the bank's interest payment vouchers"
    }),
    eventDate("\u4ED8\u606F\u65E5\u671F\uFF08\u672C\u6B21\u7533\u8BF7\u8D34\u606F\u7684\u6700\u540E\u4E00\u7B14\u5229\u606F\u652F\u4ED8\u65E5\uFF09", "Interest payment date (last payment covered by this application)")
  ],
  documents: [
    { key: "tech_sme_listing", zh: "\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u5165\u5E93\u8BC1\u660E", en: "National tech-SME listing" },
    { key: "loan_contract", zh: "\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u5408\u540C", en: "Technology-transfer loan contract" },
    { key: "risk_compensation_filing", zh: "\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848\u8BC1\u660E", en: "Provincial risk-compensation filing record" },
    { key: "interest_vouchers", zh: "\u5229\u606F\u652F\u4ED8\u51ED\u8BC1\uFF08\u94F6\u884C\u56DE\u5355\uFF09", en: "Interest payment vouchers (bank receipts)" },
    { key: "repayment_statement", zh: "\u94F6\u884C\u51FA\u5177\u7684\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\u8BC1\u660E", en: "Bank statement of on-time repayment" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isTechSme,
      "tech_sme",
      f.isTechSme ? "\u5C5E\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\uFF08\u7B2C23\u6761\uFF09" : "\u4E0D\u662F\u56FD\u5BB6\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\uFF08\u7B2C23\u6761\u8981\u6C42\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\uFF09",
      f.isTechSme ? "National tech-based SME (clause 23)" : "Not a national tech-based SME; clause 23 requires it"
    );
    ctx.check(
      f.firstTimeFiled,
      "first_time_filed",
      f.firstTimeFiled ? "\u8BE5\u7B14\u8D37\u6B3E\u9996\u6B21\u7EB3\u5165\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848\uFF08\u7B2C23\u6761\uFF09" : "\u8BE5\u7B14\u8D37\u6B3E\u4E0D\u662F\u9996\u6B21\u7EB3\u5165\u7701\u79D1\u6280\u6210\u679C\u8F6C\u5316\u8D37\u6B3E\u98CE\u9669\u8865\u507F\u5907\u6848\uFF08\u7B2C23\u6761\u8981\u6C42\u9996\u6B21\u7EB3\u5165\uFF09",
      f.firstTimeFiled ? "The loan is filed for provincial risk compensation for the first time (clause 23)" : "The loan is not a first-time filing for provincial risk compensation; clause 23 requires a first filing"
    );
    ctx.check(
      f.repaidOnTime,
      "repaid_on_time",
      f.repaidOnTime ? "\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\uFF08\u7B2C23\u6761\uFF09" : "\u672A\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\uFF08\u7B2C23\u6761\u8981\u6C42\u6309\u65F6\u8FD8\u672C\u4ED8\u606F\uFF09",
      f.repaidOnTime ? "Principal and interest repaid on time (clause 23)" : "Principal or interest was not repaid on time; clause 23 requires it"
    );
    const ceilingFen = Math.min(f.interestPaidFen, CAP12);
    ctx.step("interest_subsidy", { interestPaidFen: f.interestPaidFen, lifetimeCapFen: CAP12 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8D34\u606F\u4E0A\u9650 = \u5B9E\u9645\u652F\u4ED8\u5229\u606F ${yuan(f.interestPaidFen)}\uFF0C\u6BCF\u5BB6\u4F01\u4E1A\u7D2F\u8BA1\u4E0D\u8D85\u8FC7 ${yuan(CAP12)}\uFF08\u7B2C23\u6761\uFF09`,
      `Ceiling = interest paid ${yuan(f.interestPaidFen)}, at most ${yuan(CAP12)} per enterprise in total (clause 23)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c24-bottleneck-grant.ts
var CAP13 = 5e7;
var c24_bottleneck_grant_default = defineMeasure({
  id: "c24-bottleneck-grant",
  clause: 24,
  kind: "ceiling",
  title: { zh: "\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u8D22\u653F\u62E8\u6B3E\u8865\u52A9", en: 'Grant for "bottleneck" technology projects' },
  summary: {
    zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u7684\u9879\u76EE\u7EB3\u5165\u5E02\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93\u7684\uFF0C\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u62E8\u6B3E\u8865\u52A9\uFF0C\u6BCF\u4E2A\u9879\u76EE\u4E00\u6B21",
    en: "High-tech enterprises whose project is in the city's bottleneck-technology library may get a grant of up to \xA5500,000, once per project"
  },
  quote: "\u9762\u5411\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u5F81\u96C6\u5E76\u5EFA\u7ACB\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93,\u6309\u4E00\u5B9A\u6BD4\u4F8B\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u7684\u8D22\u653F\u201C\u62E8\u201D\u6B3E\u8865\u52A9,\u63A8\u8350\u6295\u8D44\u673A\u6784\u6309\u7A0B\u5E8F\u4F18\u5148\u201C\u6295\u201D\u8D44,\u9074\u9009\u5408\u4F5C\u94F6\u884C\u673A\u6784\u63D0\u4F9B\u989D\u5EA6\u4E0D\u8D85\u8FC72000\u4E07\u5143\u3001\u65E0\u9700\u62B5\u8D28\u62BC\u7269\u3001\u671F\u9650\u4E0D\u8D85\u8FC73\u5E74\u3001\u5229\u7387\u4E0D\u8D85\u8FC7\u57FA\u51C6\u5229\u7387\u6267\u884C\u7684\u201C\u8D37\u201D\u6B3E,\u5BF9\u5408\u4F5C\u94F6\u884C\u5F53\u5E74\u65B0\u589E\u7684\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u8D37\u6B3E\u4F59\u989D,\u7ED9\u4E88\u4E0D\u8D85\u8FC70.6%\u7684\u98CE\u9669\u8D44\u91D1\u8865\u52A9\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP13,
  monotoneIn: [],
  fields: [
    bool("inBottleneckLibrary", "\u9879\u76EE\u662F\u5426\u5DF2\u7EB3\u5165\u5E02\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93", "Project is in the city's bottleneck-technology project library", {
      zh: "\u4EE5\u5E02\u79D1\u6280\u5C40\u516C\u5E03\u7684\u5165\u5E93\u540D\u5355\u4E3A\u51C6",
      en: "As on the list published by the Science and Technology Bureau"
    }),
    bool("isHighTechEnterprise", "\u662F\u5426\u56FD\u5BB6\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A", "National high-tech enterprise", {
      zh: "\u6301\u6709\u6709\u6548\u671F\u5185\u7684\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BC1\u4E66",
      en: "Holds a valid high-tech enterprise certificate"
    }),
    eventDate("\u9879\u76EE\u5165\u5E93\u65E5\u671F", "Date the project entered the library")
  ],
  documents: [
    { key: "library_notice", zh: "\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5165\u5E93\u901A\u77E5\u6216\u540D\u5355", en: "Notice or list of projects admitted to the bottleneck library" },
    { key: "hte_certificate", zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u8BC1\u4E66", en: "High-tech enterprise certificate" },
    { key: "project_plan", zh: "\u653B\u5173\u9879\u76EE\u5B9E\u65BD\u65B9\u6848", en: "Project implementation plan" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.inBottleneckLibrary,
      "in_bottleneck_library",
      f.inBottleneckLibrary ? "\u9879\u76EE\u5DF2\u7EB3\u5165\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93\uFF08\u7B2C24\u6761\uFF09" : "\u9879\u76EE\u672A\u7EB3\u5165\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93\uFF08\u7B2C24\u6761\u8981\u6C42\u5165\u5E93\uFF09",
      f.inBottleneckLibrary ? "The project is in the bottleneck-technology library (clause 24)" : "The project is not in the bottleneck-technology library; clause 24 requires it"
    );
    ctx.check(
      f.isHighTechEnterprise,
      "high_tech_enterprise",
      f.isHighTechEnterprise ? "\u5C5E\u56FD\u5BB6\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\uFF08\u7B2C24\u6761\uFF09" : "\u4E0D\u662F\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\uFF08\u7B2C24\u6761\u9762\u5411\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\uFF09",
      f.isHighTechEnterprise ? "National high-tech enterprise (clause 24)" : "Not a high-tech enterprise; clause 24 is for high-tech enterprises"
    );
    ctx.step("grant_ceiling", { capFen: CAP13 }, CAP13);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP13)}\uFF0C\u6309\u4E00\u5B9A\u6BD4\u4F8B\u62E9\u4F18\u786E\u5B9A\uFF08\u7B2C24\u6761\uFF09`,
      `Ceiling ${yuan(CAP13)}, awarded selectively (clause 24)`
    );
    return { ceilingFen: CAP13, fixed: false };
  }
});

// rules/measures/c24-bottleneck-insurance.ts
var CAP14 = 2e7;
var c24_bottleneck_insurance_default = defineMeasure({
  id: "c24-bottleneck-insurance",
  clause: 24,
  kind: "formula",
  title: { zh: "\u201C\u5361\u8116\u5B50\u7814\u53D1\u635F\u5931\u9669\u201D\u4FDD\u8D39\u8865\u8D34", en: "Premium subsidy for bottleneck R&D loss insurance" },
  summary: {
    zh: "\u6295\u4FDD\u201C\u5361\u8116\u5B50\u7814\u53D1\u635F\u5931\u9669\u201D\u7684\u4F01\u4E1A\uFF0C\u6309\u5B9E\u9645\u652F\u51FA\u4FDD\u8D39\u768450%\u8865\u8D34\uFF0C\u6700\u9AD820\u4E07\u5143",
    en: "50% of the premium actually paid for bottleneck R&D loss insurance, up to \xA5200,000"
  },
  quote: "\u9074\u9009\u5408\u4F5C\u4FDD\u9669\u673A\u6784\u8BBE\u8BA1\u6DB5\u76D6\u7814\u53D1\u8425\u4E1A\u4E2D\u65AD\u3001\u7814\u53D1\u8BBE\u5907\u635F\u5931\u3001\u7814\u53D1\u8D39\u7528\u635F\u5931\u548C\u5173\u952E\u7814\u53D1\u4EBA\u5458\u4EBA\u8EAB\u610F\u5916\u4F24\u5BB3\u7B49\u7684\u201C\u5361\u8116\u5B50\u7814\u53D1\u635F\u5931\u9669\u201D,\u5E76\u5BF9\u6295\u201C\u4FDD\u201D\u4F01\u4E1A\u7ED9\u4E88\u5B9E\u9645\u652F\u51FA\u4FDD\u8D39\u603B\u989D50%\u3001\u4E0A\u9650\u4E0D\u8D85\u8FC720\u4E07\u5143\u7684\u8865\u8D34\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP14,
  monotoneIn: ["premiumPaidFen"],
  fields: [
    money("premiumPaidFen", "\u5B9E\u9645\u652F\u51FA\u4FDD\u8D39\u603B\u989D", "Total premium actually paid", {
      zh: "\u5411\u5408\u4F5C\u4FDD\u9669\u673A\u6784\u6295\u4FDD\u201C\u5361\u8116\u5B50\u7814\u53D1\u635F\u5931\u9669\u201D\u5B9E\u9645\u7F34\u7EB3\u7684\u4FDD\u8D39\uFF0C\u4EE5\u4FDD\u8D39\u53D1\u7968\u4E3A\u51C6",
      en: "Premium paid to a cooperating insurer for bottleneck R&D loss insurance, as on the premium invoice"
    }),
    eventDate("\u4FDD\u8D39\u652F\u4ED8\u65E5\u671F", "Premium payment date")
  ],
  documents: [
    { key: "insurance_policy", zh: "\u201C\u5361\u8116\u5B50\u7814\u53D1\u635F\u5931\u9669\u201D\u4FDD\u9669\u5355", en: "Bottleneck R&D loss insurance policy" },
    { key: "premium_invoice", zh: "\u4FDD\u8D39\u53D1\u7968", en: "Premium invoice" },
    { key: "payment_voucher", zh: "\u4FDD\u8D39\u652F\u4ED8\u51ED\u8BC1", en: "Premium payment voucher" }
  ],
  rule(f, ctx) {
    const half = mulDiv(f.premiumPaidFen, 50, 100);
    const ceilingFen = Math.min(half, CAP14);
    ctx.step("half_of_premium", { premiumPaidFen: f.premiumPaidFen, rate: "50/100", capFen: CAP14 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u8D34\u4E0A\u9650 = \u5B9E\u9645\u652F\u51FA\u4FDD\u8D39 ${yuan(f.premiumPaidFen)} \xD7 50% = ${yuan(half)}\uFF0C\u6700\u9AD8 ${yuan(CAP14)}\uFF08\u7B2C24\u6761\uFF09`,
      `Ceiling = premium paid ${yuan(f.premiumPaidFen)} \xD7 50% = ${yuan(half)}, at most ${yuan(CAP14)} (clause 24)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c24-bank-risk-subsidy.ts
var MAX_MONEY_FEN2 = 1e15;
var c24_bank_risk_subsidy_default = defineMeasure({
  id: "c24-bank-risk-subsidy",
  clause: 24,
  kind: "formula",
  title: { zh: "\u5408\u4F5C\u94F6\u884C\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u98CE\u9669\u8D44\u91D1\u8865\u52A9", en: "Risk subsidy to cooperating banks for bottleneck loans" },
  summary: {
    zh: "\u5BF9\u5408\u4F5C\u94F6\u884C\u5F53\u5E74\u65B0\u589E\u7684\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u8D37\u6B3E\u4F59\u989D\uFF0C\u7ED9\u4E88\u4E0D\u8D85\u8FC70.6%\u7684\u98CE\u9669\u8D44\u91D1\u8865\u52A9",
    en: "Up to 0.6% of a cooperating bank's new bottleneck-loan balance of the year"
  },
  quote: "\u9762\u5411\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u5F81\u96C6\u5E76\u5EFA\u7ACB\u201C\u5361\u8116\u5B50\u201D\u653B\u5173\u9879\u76EE\u5E93,\u6309\u4E00\u5B9A\u6BD4\u4F8B\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u7684\u8D22\u653F\u201C\u62E8\u201D\u6B3E\u8865\u52A9,\u63A8\u8350\u6295\u8D44\u673A\u6784\u6309\u7A0B\u5E8F\u4F18\u5148\u201C\u6295\u201D\u8D44,\u9074\u9009\u5408\u4F5C\u94F6\u884C\u673A\u6784\u63D0\u4F9B\u989D\u5EA6\u4E0D\u8D85\u8FC72000\u4E07\u5143\u3001\u65E0\u9700\u62B5\u8D28\u62BC\u7269\u3001\u671F\u9650\u4E0D\u8D85\u8FC73\u5E74\u3001\u5229\u7387\u4E0D\u8D85\u8FC7\u57FA\u51C6\u5229\u7387\u6267\u884C\u7684\u201C\u8D37\u201D\u6B3E,\u5BF9\u5408\u4F5C\u94F6\u884C\u5F53\u5E74\u65B0\u589E\u7684\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u8D37\u6B3E\u4F59\u989D,\u7ED9\u4E88\u4E0D\u8D85\u8FC70.6%\u7684\u98CE\u9669\u8D44\u91D1\u8865\u52A9\u3002",
  orgTypes: ["bank"],
  leadBureau: "sci-tech",
  coBureaus: ["financial-regulation"],
  once: false,
  maxFen: mulDiv(MAX_MONEY_FEN2, 6, 1e3),
  monotoneIn: ["newLoanBalanceFen"],
  fields: [
    bool("isCooperatingBank", "\u662F\u5426\u7ECF\u9074\u9009\u7684\u5408\u4F5C\u94F6\u884C", "Selected cooperating bank", {
      zh: "\u5DF2\u88AB\u9074\u9009\u4E3A\u201C\u62E8\u6295\u8D37\u4FDD\u201D\u5408\u4F5C\u94F6\u884C\u673A\u6784",
      en: "Selected as a cooperating bank of the grant-invest-loan-insure scheme"
    }),
    money("newLoanBalanceFen", "\u5F53\u5E74\u65B0\u589E\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u8D37\u6B3E\u4F59\u989D", "New bottleneck-loan balance of the year", {
      zh: "\u5F53\u5E74\u65B0\u53D1\u653E\u3001\u5E74\u672B\u4ECD\u672A\u6536\u56DE\u7684\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u4F59\u989D\u5408\u8BA1",
      en: "Balance at year end of bottleneck loans granted during the year"
    }),
    eventDate("\u4F59\u989D\u7EDF\u8BA1\u622A\u6B62\u65E5\u671F", "Balance reporting date")
  ],
  documents: [
    { key: "cooperation_agreement", zh: "\u5408\u4F5C\u94F6\u884C\u9074\u9009\u6587\u4EF6\u6216\u5408\u4F5C\u534F\u8BAE", en: "Selection notice or cooperation agreement" },
    { key: "loan_ledger", zh: "\u5F53\u5E74\u65B0\u589E\u201C\u5361\u8116\u5B50\u653B\u5173\u8D37\u201D\u8D37\u6B3E\u53F0\u8D26", en: "Ledger of the year's new bottleneck loans" },
    { key: "loan_contracts", zh: "\u8D37\u6B3E\u5408\u540C\u6E05\u5355", en: "List of loan contracts" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isCooperatingBank,
      "cooperating_bank",
      f.isCooperatingBank ? "\u5C5E\u7ECF\u9074\u9009\u7684\u5408\u4F5C\u94F6\u884C\uFF08\u7B2C24\u6761\uFF09" : "\u4E0D\u662F\u7ECF\u9074\u9009\u7684\u5408\u4F5C\u94F6\u884C\uFF08\u7B2C24\u6761\u4EC5\u8865\u52A9\u5408\u4F5C\u94F6\u884C\uFF09",
      f.isCooperatingBank ? "Selected cooperating bank (clause 24)" : "Not a selected cooperating bank; clause 24 pays cooperating banks only"
    );
    const ceilingFen = mulDiv(f.newLoanBalanceFen, 6, 1e3);
    ctx.step("risk_subsidy", { newLoanBalanceFen: f.newLoanBalanceFen, rate: "6/1000" }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9\u4E0A\u9650 = \u5F53\u5E74\u65B0\u589E\u8D37\u6B3E\u4F59\u989D ${yuan(f.newLoanBalanceFen)} \xD7 0.6% = ${yuan(ceilingFen)}\uFF08\u7B2C24\u6761\uFF09`,
      `Ceiling = new loan balance ${yuan(f.newLoanBalanceFen)} \xD7 0.6% = ${yuan(ceilingFen)} (clause 24)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c25-ip-pledge-interest.ts
var CAP15 = 2e7;
function monthBefore(isoDate) {
  const y = +isoDate.slice(0, 4);
  const m = +isoDate.slice(5, 7);
  return m === 1 ? `${String(y - 1).padStart(4, "0")}-12` : `${isoDate.slice(0, 4)}-${String(m - 1).padStart(2, "0")}`;
}
var c25_ip_pledge_interest_default = defineMeasure({
  id: "c25-ip-pledge-interest",
  clause: 25,
  kind: "formula",
  title: { zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44\u8D34\u606F", en: "Interest subsidy on IP-pledge loans" },
  summary: {
    zh: "\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8D37\u6B3E\uFF0C\u6309\u5408\u540C\u7B7E\u8BA2\u65E5\u4E0A\u67081\u5E74\u671FLPR\u768420%\u8D34\u606F\uFF08\u4E0D\u8D85\u8FC7\u5B9E\u4ED8\u5229\u606F\uFF09\uFF0C\u6BCF\u5BB6\u4F01\u4E1A\u6BCF\u5E74\u6700\u9AD820\u4E07\u5143",
    en: "SME loans secured by IP get 20% of the one-year LPR of the month before signing (never more than the interest paid), up to \xA5200,000 per enterprise per year"
  },
  quote: "\u9F13\u52B1\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44,\u6309\u7167\u8D37\u6B3E\u5408\u540C\u7B7E\u8BA2\u65E5\u4E0A\u67081\u5E74\u671F\u8D37\u6B3E\u5E02\u573A\u62A5\u4EF7\u5229\u7387(LPR)\u768420%\u7ED9\u4E88\u8D34\u606F\u8D44\u52A9,\u5E74\u8D34\u606F\u989D\u5EA6\u6700\u9AD820\u4E07\u5143,\u8BC4\u4F30\u8D39(\u5206\u6790\u8BC4\u4EF7\u8D39)\u6309\u5B9E\u9645\u53D1\u751F\u989D\u768430%\u4E88\u4EE5\u8865\u8D34,\u6700\u9AD8\u8865\u8D345\u4E07\u5143;\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u6309\u7167\u5B9E\u9645\u53D1\u751F\u989D\u768420%\u4E88\u4EE5\u4FDD\u8D39\u8865\u8D34,\u6700\u9AD8\u8865\u8D342\u4E07\u5143\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  annualCapFen: CAP15,
  maxFen: CAP15,
  monotoneIn: ["principalFen", "interestPaidFen"],
  fields: [
    bool("isSme", "\u662F\u5426\u4E2D\u5C0F\u5FAE\u4F01\u4E1A", "Small, medium or micro enterprise", {
      zh: "\u6309\u56FD\u5BB6\u4E2D\u5C0F\u4F01\u4E1A\u5212\u578B\u6807\u51C6\u8BA4\u5B9A",
      en: "By the national SME classification standard"
    }),
    money("principalFen", "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8D37\u6B3E\u672C\u91D1", "IP-pledge loan principal"),
    date("contractDate", "\u8D37\u6B3E\u5408\u540C\u7B7E\u8BA2\u65E5\u671F", "Loan contract signing date", {
      zh: "\u8D34\u606F\u5229\u7387\u6309\u7B7E\u8BA2\u65E5\u4E0A\u4E00\u4E2A\u6708\u516C\u5E03\u76841\u5E74\u671FLPR\u8BA1\u7B97",
      en: "The subsidy uses the one-year LPR published in the month before this date"
    }),
    int("loanDaysInYear", "\u672C\u5E74\u5EA6\u8BA1\u606F\u5929\u6570", "Days of interest in this year", 1, 366, {
      zh: "\u672C\u8D34\u606F\u5E74\u5EA6\u5185\u8D37\u6B3E\u5B9E\u9645\u5360\u7528\u7684\u5929\u6570\uFF081\u2013366\uFF09",
      en: "Days the loan was outstanding in the subsidy year (1\u2013366)"
    }),
    money("interestPaidFen", "\u672C\u5E74\u5EA6\u5B9E\u9645\u652F\u4ED8\u5229\u606F", "Interest actually paid this year", {
      zh: "\u6309\u94F6\u884C\u4ED8\u606F\u51ED\u8BC1\u5408\u8BA1\u586B\u5199",
      en: "Total of the bank's interest payment vouchers"
    }),
    eventDate("\u4ED8\u606F\u65E5\u671F\uFF08\u672C\u5E74\u5EA6\u6700\u540E\u4E00\u6B21\u4ED8\u606F\u65E5\uFF0C\u5176\u5E74\u4EFD\u4E3A\u8D34\u606F\u5E74\u5EA6\uFF09", "Interest payment date (last payment of the year; its year is the subsidy year)")
  ],
  documents: [
    { key: "loan_contract", zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8D37\u6B3E\u5408\u540C", en: "IP-pledge loan contract" },
    { key: "pledge_registration", zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u767B\u8BB0\u901A\u77E5\u4E66", en: "IP pledge registration notice" },
    { key: "interest_vouchers", zh: "\u5229\u606F\u652F\u4ED8\u51ED\u8BC1\uFF08\u94F6\u884C\u56DE\u5355\uFF09", en: "Interest payment vouchers (bank receipts)" },
    { key: "sme_declaration", zh: "\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u58F0\u660E\u6216\u5212\u578B\u8BC1\u660E", en: "SME declaration or classification proof" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isSme,
      "sme",
      f.isSme ? "\u5C5E\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\uFF09" : "\u4E0D\u662F\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\u652F\u6301\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF09",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs"
    );
    const month = monthBefore(f.contractDate);
    const lpr = lprFor(ctx.params, month);
    ctx.step("lpr_lookup", { contractDate: f.contractDate, month, knownThrough: ctx.params.lpr.knownThrough }, lpr);
    const [yy, mm] = month.split("-");
    ctx.check(
      lpr !== null,
      "lpr_known",
      lpr !== null ? `\u5408\u540C\u7B7E\u8BA2\u65E5 ${f.contractDate} \u4E0A\u6708\uFF08${yy}\u5E74${mm}\u6708\uFF091\u5E74\u671FLPR\u4E3A ${bp(lpr)}\uFF08\u7B2C25\u6761\uFF09` : `${yy}\u5E74${mm}\u6708\u7684LPR\u4E0D\u5728\u53C2\u6570\u8868\u4E2D\uFF0C\u65E0\u6CD5\u8BA1\u7B97\u8D34\u606F\uFF08\u7B2C25\u6761\uFF09`,
      lpr !== null ? `One-year LPR of ${month}, the month before signing on ${f.contractDate}: ${bp(lpr)} (clause 25)` : `LPR for ${month} is not in the table, so the subsidy cannot be computed (clause 25)`
    );
    if (lpr === null) return { ceilingFen: 0, fixed: false };
    const num = BigInt(f.principalFen) * BigInt(lpr) * 20n * BigInt(f.loanDaysInYear);
    const den = 100n * 10000n * 365n;
    const byRate = Number(num / den);
    ctx.step("rate_subsidy", { principalFen: f.principalFen, lprBp: lpr, share: "20/100", days: f.loanDaysInYear, per: 365 }, byRate);
    const ceilingFen = Math.min(f.interestPaidFen, byRate, CAP15);
    ctx.step("ceiling", { interestPaidFen: f.interestPaidFen, rateSubsidyFen: byRate, annualCapFen: CAP15 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8D34\u606F\u4E0A\u9650 = min(\u5B9E\u4ED8\u5229\u606F ${yuan(f.interestPaidFen)}\uFF0C\u672C\u91D1 ${yuan(f.principalFen)} \xD7 ${bp(lpr)} \xD7 20% \xD7 ${f.loanDaysInYear}/365 = ${yuan(byRate)})\uFF0C\u6BCF\u5E74\u6700\u9AD8 ${yuan(CAP15)}\uFF08\u7B2C25\u6761\uFF09`,
      `Ceiling = min(interest paid ${yuan(f.interestPaidFen)}, principal ${yuan(f.principalFen)} \xD7 ${bp(lpr)} \xD7 20% \xD7 ${f.loanDaysInYear}/365 = ${yuan(byRate)}), at most ${yuan(CAP15)} per year (clause 25)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c25-ip-valuation-fee.ts
var CAP16 = 5e6;
var c25_ip_valuation_fee_default = defineMeasure({
  id: "c25-ip-valuation-fee",
  clause: 25,
  kind: "formula",
  title: { zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8BC4\u4F30\u8D39\u8865\u8D34", en: "Subsidy on IP-pledge valuation fees" },
  summary: {
    zh: "\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44\u7684\u8BC4\u4F30\u8D39\uFF08\u5206\u6790\u8BC4\u4EF7\u8D39\uFF09\uFF0C\u6309\u5B9E\u9645\u53D1\u751F\u989D\u768430%\u8865\u8D34\uFF0C\u6700\u9AD85\u4E07\u5143",
    en: "30% of the valuation (analysis and evaluation) fee of an SME's IP-pledge financing, up to \xA550,000"
  },
  quote: "\u9F13\u52B1\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44,\u6309\u7167\u8D37\u6B3E\u5408\u540C\u7B7E\u8BA2\u65E5\u4E0A\u67081\u5E74\u671F\u8D37\u6B3E\u5E02\u573A\u62A5\u4EF7\u5229\u7387(LPR)\u768420%\u7ED9\u4E88\u8D34\u606F\u8D44\u52A9,\u5E74\u8D34\u606F\u989D\u5EA6\u6700\u9AD820\u4E07\u5143,\u8BC4\u4F30\u8D39(\u5206\u6790\u8BC4\u4EF7\u8D39)\u6309\u5B9E\u9645\u53D1\u751F\u989D\u768430%\u4E88\u4EE5\u8865\u8D34,\u6700\u9AD8\u8865\u8D345\u4E07\u5143;\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u6309\u7167\u5B9E\u9645\u53D1\u751F\u989D\u768420%\u4E88\u4EE5\u4FDD\u8D39\u8865\u8D34,\u6700\u9AD8\u8865\u8D342\u4E07\u5143\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  maxFen: CAP16,
  monotoneIn: ["valuationFeeFen"],
  fields: [
    bool("isSme", "\u662F\u5426\u4E2D\u5C0F\u5FAE\u4F01\u4E1A", "Small, medium or micro enterprise", {
      zh: "\u6309\u56FD\u5BB6\u4E2D\u5C0F\u4F01\u4E1A\u5212\u578B\u6807\u51C6\u8BA4\u5B9A",
      en: "By the national SME classification standard"
    }),
    money("valuationFeeFen", "\u8BC4\u4F30\u8D39\uFF08\u5206\u6790\u8BC4\u4EF7\u8D39\uFF09\u5B9E\u9645\u53D1\u751F\u989D", "Valuation (analysis and evaluation) fee actually paid", {
      zh: "\u4E3A\u529E\u7406\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44\u652F\u4ED8\u7ED9\u8BC4\u4F30\u673A\u6784\u7684\u8D39\u7528\uFF0C\u4EE5\u53D1\u7968\u4E3A\u51C6",
      en: "Paid to the valuation firm for the IP-pledge financing, as on the invoice"
    }),
    eventDate("\u8BC4\u4F30\u8D39\u652F\u4ED8\u65E5\u671F", "Valuation fee payment date")
  ],
  documents: [
    { key: "valuation_report", zh: "\u77E5\u8BC6\u4EA7\u6743\u8BC4\u4F30\uFF08\u5206\u6790\u8BC4\u4EF7\uFF09\u62A5\u544A", en: "IP valuation (analysis and evaluation) report" },
    { key: "fee_invoice", zh: "\u8BC4\u4F30\u8D39\u53D1\u7968", en: "Valuation fee invoice" },
    { key: "loan_contract", zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8D37\u6B3E\u5408\u540C", en: "IP-pledge loan contract" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isSme,
      "sme",
      f.isSme ? "\u5C5E\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\uFF09" : "\u4E0D\u662F\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\u652F\u6301\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF09",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs"
    );
    const share = mulDiv(f.valuationFeeFen, 30, 100);
    const ceilingFen = Math.min(share, CAP16);
    ctx.step("thirty_percent", { valuationFeeFen: f.valuationFeeFen, rate: "30/100", capFen: CAP16 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u8D34\u4E0A\u9650 = \u8BC4\u4F30\u8D39 ${yuan(f.valuationFeeFen)} \xD7 30% = ${yuan(share)}\uFF0C\u6700\u9AD8 ${yuan(CAP16)}\uFF08\u7B2C25\u6761\uFF09`,
      `Ceiling = valuation fee ${yuan(f.valuationFeeFen)} \xD7 30% = ${yuan(share)}, at most ${yuan(CAP16)} (clause 25)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c25-ip-pledge-insurance.ts
var CAP17 = 2e6;
var c25_ip_pledge_insurance_default = defineMeasure({
  id: "c25-ip-pledge-insurance",
  clause: 25,
  kind: "formula",
  title: { zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u4FDD\u8D39\u8865\u8D34", en: "Premium subsidy for IP-pledge insurance" },
  summary: {
    zh: "\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\uFF0C\u6309\u5B9E\u9645\u53D1\u751F\u4FDD\u8D39\u768420%\u8865\u8D34\uFF0C\u6700\u9AD82\u4E07\u5143",
    en: "20% of the premium of an SME's IP-pledge insurance, up to \xA520,000"
  },
  quote: "\u9F13\u52B1\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u878D\u8D44,\u6309\u7167\u8D37\u6B3E\u5408\u540C\u7B7E\u8BA2\u65E5\u4E0A\u67081\u5E74\u671F\u8D37\u6B3E\u5E02\u573A\u62A5\u4EF7\u5229\u7387(LPR)\u768420%\u7ED9\u4E88\u8D34\u606F\u8D44\u52A9,\u5E74\u8D34\u606F\u989D\u5EA6\u6700\u9AD820\u4E07\u5143,\u8BC4\u4F30\u8D39(\u5206\u6790\u8BC4\u4EF7\u8D39)\u6309\u5B9E\u9645\u53D1\u751F\u989D\u768430%\u4E88\u4EE5\u8865\u8D34,\u6700\u9AD8\u8865\u8D345\u4E07\u5143;\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u6309\u7167\u5B9E\u9645\u53D1\u751F\u989D\u768420%\u4E88\u4EE5\u4FDD\u8D39\u8865\u8D34,\u6700\u9AD8\u8865\u8D342\u4E07\u5143\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "market-regulation",
  coBureaus: [],
  once: false,
  maxFen: CAP17,
  monotoneIn: ["premiumFen"],
  fields: [
    bool("isSme", "\u662F\u5426\u4E2D\u5C0F\u5FAE\u4F01\u4E1A", "Small, medium or micro enterprise", {
      zh: "\u6309\u56FD\u5BB6\u4E2D\u5C0F\u4F01\u4E1A\u5212\u578B\u6807\u51C6\u8BA4\u5B9A",
      en: "By the national SME classification standard"
    }),
    money("premiumFen", "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u4FDD\u8D39\u5B9E\u9645\u53D1\u751F\u989D", "IP-pledge insurance premium actually paid", {
      zh: "\u4EE5\u4FDD\u8D39\u53D1\u7968\u4E3A\u51C6",
      en: "As on the premium invoice"
    }),
    eventDate("\u4FDD\u8D39\u652F\u4ED8\u65E5\u671F", "Premium payment date")
  ],
  documents: [
    { key: "insurance_policy", zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u4FDD\u9669\u4FDD\u9669\u5355", en: "IP-pledge insurance policy" },
    { key: "premium_invoice", zh: "\u4FDD\u8D39\u53D1\u7968", en: "Premium invoice" },
    { key: "loan_contract", zh: "\u77E5\u8BC6\u4EA7\u6743\u8D28\u62BC\u8D37\u6B3E\u5408\u540C", en: "IP-pledge loan contract" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.isSme,
      "sme",
      f.isSme ? "\u5C5E\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\uFF09" : "\u4E0D\u662F\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C25\u6761\u652F\u6301\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF09",
      f.isSme ? "Small, medium or micro enterprise (clause 25)" : "Not a small, medium or micro enterprise; clause 25 is for SMEs"
    );
    const share = mulDiv(f.premiumFen, 20, 100);
    const ceilingFen = Math.min(share, CAP17);
    ctx.step("twenty_percent", { premiumFen: f.premiumFen, rate: "20/100", capFen: CAP17 }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u8D34\u4E0A\u9650 = \u4FDD\u8D39 ${yuan(f.premiumFen)} \xD7 20% = ${yuan(share)}\uFF0C\u6700\u9AD8 ${yuan(CAP17)}\uFF08\u7B2C25\u6761\uFF09`,
      `Ceiling = premium ${yuan(f.premiumFen)} \xD7 20% = ${yuan(share)}, at most ${yuan(CAP17)} (clause 25)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c27-tech-bank-loan-interest.ts
var LOAN_CAP = 3e9;
var MAX_YEARS = 5;
var MAX = mulDiv(LOAN_CAP, 1, 100);
var c27_tech_bank_loan_interest_default = defineMeasure({
  id: "c27-tech-bank-loan-interest",
  clause: 27,
  kind: "formula",
  title: { zh: "\u79D1\u6280\u652F\u884C\u8D37\u6B3E\u8D34\u606F", en: "Interest subsidy on tech sub-branch loans" },
  summary: {
    zh: "\u79D1\u6280\u578B\u4F01\u4E1A\u901A\u8FC7\u79D1\u6280\u652F\u884C\u83B7\u5F97\u7684\u8D37\u6B3E\uFF0C\u6309\u5B9E\u4ED8\u5229\u606F\u8D34\u606F\uFF0C\u4E0D\u8D85\u8FC7\u8D37\u6B3E\u4F59\u989D\uFF08\u6700\u591A\u8BA13000\u4E07\u5143\uFF09\u76841%\uFF0C\u8D34\u606F\u4E00\u822C\u4E0D\u8D85\u8FC75\u5E74",
    en: "Interest on loans from tech sub-branches is subsidised up to 1% of the loan balance (at most \xA530m counted), generally for no more than 5 years"
  },
  quote: "\u9F13\u52B1\u548C\u652F\u6301\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u3001\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u3001\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u3001\u5E02\u7EA7\u53CA\u4EE5\u4E0A\u201C\u4E13\u7CBE\u7279\u65B0\u201D\u4E2D\u5C0F\u4F01\u4E1A\u3001\u5177\u5907\u5E02\u7EA7\u53CA\u4EE5\u4E0A\u201C\u4E00\u4F01\u4E00\u6280\u672F\u201D\u7814\u53D1\u4E2D\u5FC3\u4F01\u4E1A\u901A\u8FC7\u79D1\u6280\u652F\u884C\u83B7\u5F97\u8D37\u6B3E\u652F\u6301,\u6BCF\u5BB6\u4F01\u4E1A\u6BCF\u5E74\u4EAB\u53D7\u8D34\u606F\u7684\u8D37\u6B3E\u4E0D\u8D85\u8FC73000\u4E07\u5143,\u8D34\u606F\u4E0A\u9650\u4E0D\u8D85\u8FC7\u4F01\u4E1A\u5F53\u5E74\u5728\u94F6\u884C\u8D37\u6B3E\u4F59\u989D\u76841%,\u8D34\u606F\u671F\u9650\u4E00\u822C\u4E0D\u8D85\u8FC75\u5E74\u3002",
  orgTypes: ["enterprise"],
  leadBureau: "financial-regulation",
  coBureaus: [],
  once: false,
  maxFen: MAX,
  monotoneIn: ["loanBalanceFen", "interestPaidFen"],
  fields: [
    manyOf("qualifications", "\u4F01\u4E1A\u8D44\u8D28", "Qualifications", {
      tech_sme: { zh: "\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A", en: "Tech-based SME" },
      high_tech_enterprise: { zh: "\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A", en: "High-tech enterprise" },
      tech_leader: { zh: "\u79D1\u6280\u9886\u519B\u4F01\u4E1A", en: "Tech-leading enterprise" },
      specialized_sme: { zh: "\u5E02\u7EA7\u53CA\u4EE5\u4E0A\u201C\u4E13\u7CBE\u7279\u65B0\u201D\u4E2D\u5C0F\u4F01\u4E1A", en: 'Municipal-or-higher "specialised and sophisticated" SME' },
      one_enterprise_one_tech_center: { zh: "\u5177\u5907\u5E02\u7EA7\u53CA\u4EE5\u4E0A\u201C\u4E00\u4F01\u4E00\u6280\u672F\u201D\u7814\u53D1\u4E2D\u5FC3", en: 'Has a municipal-or-higher "one enterprise, one technology" R&D centre' }
    }, { zh: "\u53EF\u591A\u9009\uFF1B\u81F3\u5C11\u5177\u5907\u4E00\u9879", en: "Tick all that apply; at least one is needed" }),
    money("loanBalanceFen", "\u5F53\u5E74\u5728\u79D1\u6280\u652F\u884C\u7684\u8D37\u6B3E\u4F59\u989D", "Loan balance at the tech sub-branch this year", {
      zh: "\u6BCF\u5BB6\u4F01\u4E1A\u6BCF\u5E74\u6700\u591A\u63093000\u4E07\u5143\u8D37\u6B3E\u8BA1\u7B97\u8D34\u606F",
      en: "At most \xA530 million of loans per enterprise per year is counted"
    }),
    money("interestPaidFen", "\u5F53\u5E74\u5B9E\u9645\u652F\u4ED8\u5229\u606F", "Interest actually paid this year", {
      zh: "\u6309\u94F6\u884C\u4ED8\u606F\u51ED\u8BC1\u5408\u8BA1\u586B\u5199",
      en: "Total of the bank's interest payment vouchers"
    }),
    int("yearsSubsidizedBefore", "\u6B64\u524D\u5DF2\u4EAB\u53D7\u672C\u9879\u8D34\u606F\u7684\u5E74\u6570", "Years of this subsidy already received", 0, 100, {
      zh: "\u8D34\u606F\u671F\u9650\u4E00\u822C\u4E0D\u8D85\u8FC75\u5E74\uFF1B\u9996\u6B21\u7533\u8BF7\u586B0",
      en: "The subsidy generally runs for at most 5 years; enter 0 for a first application"
    }),
    eventDate("\u4ED8\u606F\u65E5\u671F\uFF08\u672C\u5E74\u5EA6\u6700\u540E\u4E00\u6B21\u4ED8\u606F\u65E5\uFF09", "Interest payment date (last payment of the year)")
  ],
  documents: [
    { key: "qualification_certificates", zh: "\u4F01\u4E1A\u8D44\u8D28\u8BC1\u660E\uFF08\u9AD8\u4F01\u8BC1\u4E66\u3001\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u5165\u5E93\u8BC1\u660E\u7B49\uFF09", en: "Qualification certificates (high-tech enterprise, tech-SME listing, etc.)" },
    { key: "loan_contract", zh: "\u79D1\u6280\u652F\u884C\u8D37\u6B3E\u5408\u540C", en: "Tech sub-branch loan contract" },
    { key: "balance_statement", zh: "\u94F6\u884C\u51FA\u5177\u7684\u8D37\u6B3E\u4F59\u989D\u8BC1\u660E", en: "Bank statement of the loan balance" },
    { key: "interest_vouchers", zh: "\u5229\u606F\u652F\u4ED8\u51ED\u8BC1\uFF08\u94F6\u884C\u56DE\u5355\uFF09", en: "Interest payment vouchers (bank receipts)" }
  ],
  rule(f, ctx) {
    const qualified = f.qualifications.length > 0;
    ctx.check(
      qualified,
      "qualification",
      qualified ? "\u5177\u5907\u7B2C27\u6761\u6240\u5217\u79D1\u6280\u578B\u4F01\u4E1A\u8D44\u8D28\uFF08\u7B2C27\u6761\uFF09" : "\u4E0D\u5177\u5907\u7B2C27\u6761\u6240\u5217\u4EFB\u4E00\u8D44\u8D28\uFF08\u79D1\u6280\u578B\u4E2D\u5C0F\u4F01\u4E1A\u3001\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u3001\u79D1\u6280\u9886\u519B\u4F01\u4E1A\u3001\u4E13\u7CBE\u7279\u65B0\u4E2D\u5C0F\u4F01\u4E1A\u3001\u4E00\u4F01\u4E00\u6280\u672F\u7814\u53D1\u4E2D\u5FC3\uFF09\uFF08\u7B2C27\u6761\uFF09",
      qualified ? "Holds one of the qualifications listed in clause 27 (clause 27)" : "Holds none of the qualifications of clause 27 (tech SME, high-tech, tech leader, specialised SME, one-enterprise-one-technology centre)"
    );
    const yearsOk = f.yearsSubsidizedBefore < MAX_YEARS;
    ctx.check(
      yearsOk,
      "subsidy_years",
      yearsOk ? `\u6B64\u524D\u5DF2\u8D34\u606F ${f.yearsSubsidizedBefore} \u5E74\uFF0C\u672A\u6EE1 ${MAX_YEARS} \u5E74\uFF08\u7B2C27\u6761\uFF09` : `\u6B64\u524D\u5DF2\u8D34\u606F ${f.yearsSubsidizedBefore} \u5E74\uFF0C\u5DF2\u8FBE ${MAX_YEARS} \u5E74\u8D34\u606F\u671F\u9650\uFF08\u7B2C27\u6761\uFF09`,
      yearsOk ? `Subsidised for ${f.yearsSubsidizedBefore} years before, fewer than ${MAX_YEARS} (clause 27)` : `Already subsidised for ${f.yearsSubsidizedBefore} years; the ${MAX_YEARS}-year limit is reached (clause 27)`
    );
    const counted = Math.min(f.loanBalanceFen, LOAN_CAP);
    const onePct = mulDiv(counted, 1, 100);
    ctx.step("one_percent_of_balance", { loanBalanceFen: f.loanBalanceFen, loanCapFen: LOAN_CAP, countedFen: counted, rate: "1/100" }, onePct);
    const ceilingFen = Math.min(f.interestPaidFen, onePct);
    ctx.step("ceiling", { interestPaidFen: f.interestPaidFen, onePercentFen: onePct }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8D34\u606F\u4E0A\u9650 = min(\u5B9E\u4ED8\u5229\u606F ${yuan(f.interestPaidFen)}\uFF0C\u8D37\u6B3E\u4F59\u989D ${yuan(counted)}\uFF08\u6700\u591A\u8BA1 ${yuan(LOAN_CAP)}\uFF09\xD7 1% = ${yuan(onePct)})\uFF08\u7B2C27\u6761\uFF09`,
      `Ceiling = min(interest paid ${yuan(f.interestPaidFen)}, loan balance ${yuan(counted)} (at most ${yuan(LOAN_CAP)} counted) \xD7 1% = ${yuan(onePct)}) (clause 27)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c29-national-carrier.ts
var CAP18 = 1e8;
var CARRIER_LABELS = {
  incubator: { zh: "\u56FD\u5BB6\u7EA7\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668", en: "National tech business incubator" },
  university_science_park: { zh: "\u56FD\u5BB6\u5927\u5B66\u79D1\u6280\u56ED", en: "National university science park" },
  specialized_maker_space: { zh: "\u56FD\u5BB6\u7EA7\u4E13\u4E1A\u5316\u4F17\u521B\u7A7A\u95F4", en: "National specialised maker space" }
};
var c29_national_carrier_default = defineMeasure({
  id: "c29-national-carrier",
  clause: 29,
  kind: "ceiling",
  title: { zh: "\u65B0\u83B7\u6279\u56FD\u5BB6\u7EA7\u5B75\u5316\u8F7D\u4F53\u5956\u52B1", en: "Award for newly approved national incubation carriers" },
  summary: {
    zh: "\u65B0\u83B7\u6279\u56FD\u5BB6\u7EA7\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u5927\u5B66\u79D1\u6280\u56ED\u6216\u4E13\u4E1A\u5316\u4F17\u521B\u7A7A\u95F4\u7684\uFF0C\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u5956\u52B1\uFF0C\u6BCF\u4E2A\u8F7D\u4F53\u4E00\u6B21",
    en: "Up to \xA51,000,000 for a newly approved national incubator, university science park or specialised maker space, once per carrier"
  },
  quote: "\u5BF9\u65B0\u83B7\u6279\u56FD\u5BB6\u7EA7\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u5927\u5B66\u79D1\u6280\u56ED\u548C\u4E13\u4E1A\u5316\u4F17\u521B\u7A7A\u95F4\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u5956\u52B1;\u5BF9\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED(\u5F00\u653E\u5F0F\u5927\u5B66\u79D1\u6280\u56ED)\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u5956\u52B1;\u5BF9\u5165\u9009\u5C71\u4E1C\u7701\u54C1\u724C\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u54C1\u724C\u4F17\u521B\u7A7A\u95F4\u7684,\u4E00\u6B21\u6027\u5206\u522B\u7ED9\u4E8810\u4E07\u5143\u30015\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP18,
  monotoneIn: [],
  fields: [
    oneOf("carrierType", "\u8F7D\u4F53\u7C7B\u578B", "Carrier type", CARRIER_LABELS),
    eventDate("\u56FD\u5BB6\u7EA7\u8BA4\u5B9A\uFF08\u83B7\u6279\uFF09\u65E5\u671F", "Date of national approval")
  ],
  documents: [
    { key: "approval_notice", zh: "\u56FD\u5BB6\u7EA7\u8BA4\u5B9A\uFF08\u83B7\u6279\uFF09\u6587\u4EF6", en: "National approval notice" },
    { key: "operation_report", zh: "\u8F7D\u4F53\u8FD0\u8425\u60C5\u51B5\u62A5\u544A", en: "Operating report of the carrier" }
  ],
  rule(f, ctx) {
    const label = CARRIER_LABELS[f.carrierType];
    ctx.step("award_ceiling", { carrierType: f.carrierType, capFen: CAP18 }, CAP18);
    ctx.check(
      true,
      "amount",
      `\u65B0\u83B7\u6279${label.zh}\uFF0C\u5956\u52B1\u4E0A\u9650 ${yuan(CAP18)}\uFF08\u7B2C29\u6761\uFF09`,
      `Newly approved ${label.en.toLowerCase()}: ceiling ${yuan(CAP18)} (clause 29)`
    );
    return { ceilingFen: CAP18, fixed: false };
  }
});

// rules/measures/c29-provincial-science-park.ts
var CAP19 = 5e7;
var c29_provincial_science_park_default = defineMeasure({
  id: "c29-provincial-science-park",
  clause: 29,
  kind: "ceiling",
  title: { zh: "\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED\u5956\u52B1", en: "Award for newly approved provincial university science parks" },
  summary: {
    zh: "\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED\uFF08\u5F00\u653E\u5F0F\u5927\u5B66\u79D1\u6280\u56ED\uFF09\u7684\uFF0C\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u5956\u52B1\uFF0C\u6BCF\u4E2A\u56ED\u533A\u4E00\u6B21",
    en: "Up to \xA5500,000 for a newly approved provincial (or open) university science park, once per park"
  },
  quote: "\u5BF9\u65B0\u83B7\u6279\u56FD\u5BB6\u7EA7\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u5927\u5B66\u79D1\u6280\u56ED\u548C\u4E13\u4E1A\u5316\u4F17\u521B\u7A7A\u95F4\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u5956\u52B1;\u5BF9\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED(\u5F00\u653E\u5F0F\u5927\u5B66\u79D1\u6280\u56ED)\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u5956\u52B1;\u5BF9\u5165\u9009\u5C71\u4E1C\u7701\u54C1\u724C\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u54C1\u724C\u4F17\u521B\u7A7A\u95F4\u7684,\u4E00\u6B21\u6027\u5206\u522B\u7ED9\u4E8810\u4E07\u5143\u30015\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["university", "enterprise", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: CAP19,
  monotoneIn: [],
  fields: [
    eventDate("\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED\u83B7\u6279\u65E5\u671F", "Date of provincial approval")
  ],
  documents: [
    { key: "approval_notice", zh: "\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED\uFF08\u5F00\u653E\u5F0F\u5927\u5B66\u79D1\u6280\u56ED\uFF09\u8BA4\u5B9A\u6587\u4EF6", en: "Provincial (open) university science park approval notice" },
    { key: "operation_report", zh: "\u79D1\u6280\u56ED\u8FD0\u8425\u60C5\u51B5\u62A5\u544A", en: "Operating report of the park" }
  ],
  rule(_f, ctx) {
    ctx.step("award_ceiling", { capFen: CAP19 }, CAP19);
    ctx.check(
      true,
      "amount",
      `\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED\uFF0C\u5956\u52B1\u4E0A\u9650 ${yuan(CAP19)}\uFF08\u7B2C29\u6761\uFF09`,
      `Newly approved provincial university science park: ceiling ${yuan(CAP19)} (clause 29)`
    );
    return { ceilingFen: CAP19, fixed: false };
  }
});

// rules/measures/c29-brand-carrier.ts
var AWARD = { incubator: 1e7, maker_space: 5e6 };
var BRAND_LABELS = {
  incubator: { zh: "\u5C71\u4E1C\u7701\u54C1\u724C\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668", en: "Shandong brand tech business incubator" },
  maker_space: { zh: "\u5C71\u4E1C\u7701\u54C1\u724C\u4F17\u521B\u7A7A\u95F4", en: "Shandong brand maker space" }
};
var c29_brand_carrier_default = defineMeasure({
  id: "c29-brand-carrier",
  clause: 29,
  kind: "fixed",
  title: { zh: "\u7701\u7EA7\u54C1\u724C\u5B75\u5316\u8F7D\u4F53\u5956\u52B1", en: "Award for provincial brand incubation carriers" },
  summary: {
    zh: "\u5165\u9009\u5C71\u4E1C\u7701\u54C1\u724C\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u54C1\u724C\u4F17\u521B\u7A7A\u95F4\u7684\uFF0C\u4E00\u6B21\u6027\u5206\u522B\u7ED9\u4E8810\u4E07\u5143\u30015\u4E07\u5143\u5956\u52B1",
    en: "A one-off \xA5100,000 for a Shandong brand incubator or \xA550,000 for a brand maker space"
  },
  quote: "\u5BF9\u65B0\u83B7\u6279\u56FD\u5BB6\u7EA7\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u5927\u5B66\u79D1\u6280\u56ED\u548C\u4E13\u4E1A\u5316\u4F17\u521B\u7A7A\u95F4\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC7100\u4E07\u5143\u5956\u52B1;\u5BF9\u65B0\u83B7\u6279\u7701\u7EA7\u5927\u5B66\u79D1\u6280\u56ED(\u5F00\u653E\u5F0F\u5927\u5B66\u79D1\u6280\u56ED)\u7684,\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u5956\u52B1;\u5BF9\u5165\u9009\u5C71\u4E1C\u7701\u54C1\u724C\u79D1\u6280\u4F01\u4E1A\u5B75\u5316\u5668\u3001\u54C1\u724C\u4F17\u521B\u7A7A\u95F4\u7684,\u4E00\u6B21\u6027\u5206\u522B\u7ED9\u4E8810\u4E07\u5143\u30015\u4E07\u5143\u5956\u52B1\u3002",
  orgTypes: ["enterprise", "university", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: true,
  maxFen: AWARD.incubator,
  monotoneIn: [],
  fields: [
    oneOf("brandType", "\u5165\u9009\u7C7B\u578B", "Brand type", BRAND_LABELS),
    eventDate("\u5165\u9009\u65E5\u671F", "Date of selection")
  ],
  documents: [
    { key: "selection_notice", zh: "\u5C71\u4E1C\u7701\u54C1\u724C\u5B75\u5316\u8F7D\u4F53\u5165\u9009\u6587\u4EF6", en: "Shandong brand carrier selection notice" }
  ],
  rule(f, ctx) {
    const award = AWARD[f.brandType];
    const label = BRAND_LABELS[f.brandType];
    ctx.step("fixed_award", { brandType: f.brandType }, award);
    ctx.check(
      true,
      "amount",
      `\u5165\u9009${label.zh}\uFF0C\u4E00\u6B21\u6027\u5956\u52B1 ${yuan(award)}\uFF08\u7B2C29\u6761\uFF09`,
      `Selected as ${label.en}: one-off award ${yuan(award)} (clause 29)`
    );
    return { ceilingFen: award, fixed: true };
  }
});

// rules/measures/c30-instrument-voucher.ts
var MAX_MONEY_FEN3 = 1e15;
var c30_instrument_voucher_default = defineMeasure({
  id: "c30-instrument-voucher",
  clause: 30,
  kind: "formula",
  title: { zh: "\u79D1\u7814\u4EEA\u5668\u5171\u4EAB\u4F7F\u7528\u8865\u52A9", en: "Subsidy for using shared research instruments" },
  summary: {
    zh: "\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u548C\u5165\u9A7B\u7701\u7EA7\u4EE5\u4E0A\u5B75\u5316\u8F7D\u4F53\u7684\u521B\u4E1A\u56E2\u961F\u4F7F\u7528\u5165\u7F51\u5171\u4EAB\u79D1\u7814\u4EEA\u5668\u7684\u670D\u52A1\u8D39\uFF0C\u5728\u7701\u7EA7\u521B\u65B0\u5238\u8865\u52A940%\u7684\u57FA\u7840\u4E0A\uFF0C\u5E02\u7EA7\u518D\u8865\u52A920%",
    en: "SMEs and start-up teams in provincial-or-higher incubators get 20% of their fees for shared research instruments from the city, on top of the province's 40% innovation voucher"
  },
  quote: "\u5BF9\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\u548C\u5165\u9A7B\u7701\u7EA7\u4EE5\u4E0A\u5B75\u5316\u8F7D\u4F53\u7684\u521B\u4E1A(\u521B\u5BA2)\u56E2\u961F\u5728\u521B\u65B0\u7814\u53D1\u6D3B\u52A8\u4E2D,\u4F7F\u7528\u5165\u7F51\u5171\u4EAB\u7684\u79D1\u7814\u8BBE\u65BD\u4E0E\u4EEA\u5668\u53D1\u751F\u7684\u8D2D\u4E70\u670D\u52A1\u8D39\u7528,\u5728\u7701\u7EA7\u521B\u65B0\u5238\u8865\u52A940%\u7684\u57FA\u7840\u4E0A,\u5E02\u7EA7\u518D\u7ED9\u4E8820%\u7684\u8D44\u91D1\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "team"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: mulDiv(MAX_MONEY_FEN3, 20, 100),
  monotoneIn: ["serviceFeesFen"],
  fields: [
    bool("isSme", "\u662F\u5426\u4E2D\u5C0F\u5FAE\u4F01\u4E1A", "Small, medium or micro enterprise", {
      zh: "\u6309\u56FD\u5BB6\u4E2D\u5C0F\u4F01\u4E1A\u5212\u578B\u6807\u51C6\u8BA4\u5B9A\uFF1B\u521B\u4E1A\u56E2\u961F\u586B\u201C\u5426\u201D",
      en: "By the national SME classification standard; start-up teams answer no"
    }),
    bool("inProvincialIncubator", "\u662F\u5426\u5165\u9A7B\u7701\u7EA7\u4EE5\u4E0A\u5B75\u5316\u8F7D\u4F53", "Based in a provincial-or-higher incubation carrier", {
      zh: "\u521B\u4E1A\uFF08\u521B\u5BA2\uFF09\u56E2\u961F\u5165\u9A7B\u7701\u7EA7\u53CA\u4EE5\u4E0A\u5B75\u5316\u5668\u3001\u4F17\u521B\u7A7A\u95F4\u7B49",
      en: "The start-up (maker) team is hosted by a provincial-or-higher incubator, maker space or similar"
    }),
    money("serviceFeesFen", "\u4F7F\u7528\u5165\u7F51\u5171\u4EAB\u79D1\u7814\u8BBE\u65BD\u4E0E\u4EEA\u5668\u7684\u670D\u52A1\u8D39", "Fees paid for shared research facilities and instruments", {
      zh: "\u5728\u521B\u65B0\u7814\u53D1\u6D3B\u52A8\u4E2D\u4F7F\u7528\u5165\u7F51\u5171\u4EAB\u7684\u79D1\u7814\u8BBE\u65BD\u4E0E\u4EEA\u5668\u5B9E\u9645\u652F\u4ED8\u7684\u8D2D\u4E70\u670D\u52A1\u8D39\u7528\uFF0C\u4EE5\u53D1\u7968\u4E3A\u51C6",
      en: "Service fees actually paid for networked shared instruments in R&D work, as on the invoices"
    }),
    eventDate("\u670D\u52A1\u8D39\u7528\u652F\u4ED8\u65E5\u671F", "Service fee payment date")
  ],
  documents: [
    { key: "service_contract", zh: "\u79D1\u7814\u4EEA\u5668\u5171\u4EAB\u670D\u52A1\u5408\u540C\u6216\u8BA2\u5355", en: "Instrument-sharing service contract or order" },
    { key: "fee_invoices", zh: "\u670D\u52A1\u8D39\u53D1\u7968", en: "Service fee invoices" },
    { key: "provincial_voucher", zh: "\u7701\u7EA7\u521B\u65B0\u5238\u5151\u4ED8\u8BC1\u660E", en: "Proof of the provincial innovation-voucher payment" },
    { key: "incubator_certificate", zh: "\u5165\u9A7B\u5B75\u5316\u8F7D\u4F53\u8BC1\u660E\uFF08\u521B\u4E1A\u56E2\u961F\u63D0\u4F9B\uFF09", en: "Proof of incubator residence (start-up teams)" }
  ],
  rule(f, ctx) {
    const who = f.isSme || f.inProvincialIncubator;
    ctx.check(
      who,
      "sme_or_incubated_team",
      who ? f.isSme ? "\u5C5E\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF08\u7B2C30\u6761\uFF09" : "\u5165\u9A7B\u7701\u7EA7\u4EE5\u4E0A\u5B75\u5316\u8F7D\u4F53\uFF08\u7B2C30\u6761\uFF09" : "\u65E2\u4E0D\u662F\u4E2D\u5C0F\u5FAE\u4F01\u4E1A\uFF0C\u4E5F\u672A\u5165\u9A7B\u7701\u7EA7\u4EE5\u4E0A\u5B75\u5316\u8F7D\u4F53\uFF08\u7B2C30\u6761\uFF09",
      who ? f.isSme ? "Small, medium or micro enterprise (clause 30)" : "Based in a provincial-or-higher incubation carrier (clause 30)" : "Neither an SME nor based in a provincial-or-higher incubation carrier (clause 30)"
    );
    const ceilingFen = mulDiv(f.serviceFeesFen, 20, 100);
    ctx.step("twenty_percent", { serviceFeesFen: f.serviceFeesFen, rate: "20/100" }, ceilingFen);
    ctx.check(
      true,
      "amount",
      `\u8865\u52A9\u4E0A\u9650 = \u670D\u52A1\u8D39 ${yuan(f.serviceFeesFen)} \xD7 20% = ${yuan(ceilingFen)}\uFF08\u53E6\u6709\u7701\u7EA7\u521B\u65B0\u523840%\uFF09\uFF08\u7B2C30\u6761\uFF09`,
      `Ceiling = service fees ${yuan(f.serviceFeesFen)} \xD7 20% = ${yuan(ceilingFen)} (on top of the province's 40%) (clause 30)`
    );
    return { ceilingFen, fixed: false };
  }
});

// rules/measures/c31-pilot-base.ts
var CAP20 = 5e7;
var gradesZh = (gs) => gs.length ? gs.map((g) => GRADE_LABELS[g]?.zh ?? g).join("\u3001") : "\u65E0";
var gradesEn = (gs) => gs.length ? gs.map((g) => GRADE_LABELS[g]?.en ?? g).join(", ") : "none";
var c31_pilot_base_default = defineMeasure({
  id: "c31-pilot-base",
  clause: 31,
  kind: "ceiling",
  title: { zh: "\u4E2D\u8BD5\u793A\u8303\u57FA\u5730\u8865\u52A9", en: "Grant for pilot-scale demonstration bases" },
  summary: {
    zh: "\u7EB3\u5165\u5E02\u7EA7\u4EE5\u4E0A\u5907\u6848\u7BA1\u7406\u7684\u4E2D\u8BD5\u793A\u8303\u57FA\u5730\uFF0C\u6839\u636E\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9",
    en: "Pilot-scale bases filed at city level or above may get up to \xA5500,000, selected by the annual performance evaluation"
  },
  quote: "\u5BF9\u7EB3\u5165\u5E02\u7EA7\u4EE5\u4E0A\u5907\u6848\u7BA1\u7406\u7684\u4E2D\u8BD5\u793A\u8303\u57FA\u5730,\u6839\u636E\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C,\u62E9\u4F18\u7ED9\u4E88\u4E0D\u8D85\u8FC750\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "social_org"],
  leadBureau: "sci-tech",
  coBureaus: [],
  once: false,
  maxFen: CAP20,
  defaultGrades: ["excellent", "good"],
  monotoneIn: [],
  fields: [
    bool("filedAtCityLevel", "\u662F\u5426\u7EB3\u5165\u5E02\u7EA7\u4EE5\u4E0A\u5907\u6848\u7BA1\u7406", "Filed (\u5907\u6848) at city level or above", {
      zh: "\u4E2D\u8BD5\u793A\u8303\u57FA\u5730\u5DF2\u7EB3\u5165\u5E02\u7EA7\u6216\u66F4\u9AD8\u7EA7\u522B\u5907\u6848\u7BA1\u7406",
      en: "The pilot base is on the city's (or a higher) filing register"
    }),
    grade("\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C", "Annual performance evaluation grade"),
    eventDate("\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the annual evaluation result was published")
  ],
  documents: [
    { key: "filing_certificate", zh: "\u4E2D\u8BD5\u793A\u8303\u57FA\u5730\u5907\u6848\u6587\u4EF6", en: "Pilot base filing document" },
    { key: "evaluation_result", zh: "\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Annual performance evaluation notice" },
    { key: "service_report", zh: "\u5E74\u5EA6\u4E2D\u8BD5\u670D\u52A1\u60C5\u51B5\u62A5\u544A", en: "Annual report on pilot-scale services" }
  ],
  rule(f, ctx) {
    ctx.check(
      f.filedAtCityLevel,
      "filed_at_city_level",
      f.filedAtCityLevel ? "\u5DF2\u7EB3\u5165\u5E02\u7EA7\u4EE5\u4E0A\u5907\u6848\u7BA1\u7406\uFF08\u7B2C31\u6761\uFF09" : "\u672A\u7EB3\u5165\u5E02\u7EA7\u4EE5\u4E0A\u5907\u6848\u7BA1\u7406\uFF08\u7B2C31\u6761\u8981\u6C42\u5907\u6848\uFF09",
      f.filedAtCityLevel ? "Filed at city level or above (clause 31)" : "Not filed at city level or above; clause 31 requires it"
    );
    const grades = ctx.eligibleGrades();
    const gradeOk = grades.includes(f.grade);
    ctx.step("grade_check", { grade: f.grade, eligibleGrades: grades }, gradeOk);
    ctx.check(
      gradeOk,
      "grade",
      `\u5E74\u5EA6\u7EE9\u6548\u8BC4\u4EF7\u7ED3\u679C\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${gradeOk ? "\u5C5E" : "\u4E0D\u5C5E"}\u672C\u8F6E\u62E9\u4F18\u652F\u6301\u8303\u56F4\uFF08${gradesZh(grades)}\uFF09\uFF08\u7B2C31\u6761\uFF09`,
      `Annual evaluation grade "${GRADE_LABELS[f.grade].en}" is ${gradeOk ? "" : "not "}among the grades supported this round (${gradesEn(grades)}) (clause 31)`
    );
    ctx.step("grant_ceiling", { capFen: CAP20 }, CAP20);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP20)}\uFF08\u7B2C31\u6761\uFF09`, `Ceiling ${yuan(CAP20)} (clause 31)`);
    return { ceilingFen: CAP20, fixed: false };
  }
});

// rules/measures/c32-science-popularization.ts
var CAP21 = 1e7;
var GOOD_RESULTS = ["excellent", "good"];
var c32_science_popularization_default = defineMeasure({
  id: "c32-science-popularization",
  clause: 32,
  kind: "ceiling",
  title: { zh: "\u79D1\u666E\u5DE5\u4F5C\u8865\u52A9", en: "Grant for science popularisation" },
  summary: {
    zh: "\u5F00\u5C55\u79D1\u666E\u80FD\u529B\u5EFA\u8BBE\u548C\u79D1\u666E\u6D3B\u52A8\u6210\u6548\u597D\uFF08\u8BC4\u4EF7\u4F18\u79C0\u6216\u826F\u597D\uFF09\u7684\u5355\u4F4D\uFF0C\u7ED9\u4E88\u4E0D\u8D85\u8FC710\u4E07\u5143\u8865\u52A9",
    en: "Up to \xA5100,000 for organisations whose science-popularisation work is evaluated excellent or good"
  },
  quote: "\u9F13\u52B1\u652F\u6301\u5B66\u6821\u3001\u79D1\u7814\u673A\u6784\u3001\u4F01\u4E1A\u3001\u793E\u4F1A\u7EC4\u7EC7\u3001\u5404\u7C7B\u5A92\u4F53\u7B49\u52A0\u5F3A\u79D1\u666E\u80FD\u529B\u5EFA\u8BBE,\u53D1\u5C55\u79D1\u666E\u4EA7\u4E1A,\u7EC4\u7EC7\u5F00\u5C55\u79D1\u666E\u7ADE\u8D5B\u3001\u79D1\u666E\u5BA3\u4F20\u3001\u79D1\u666E\u4F5C\u54C1\u521B\u4F5C\u5927\u8D5B\u7B49\u5404\u7C7B\u79D1\u666E\u6D3B\u52A8,\u5BF9\u6210\u6548\u597D\u7684\u5355\u4F4D\u7ED9\u4E88\u4E0D\u8D85\u8FC710\u4E07\u5143\u8865\u52A9\u3002",
  orgTypes: ["enterprise", "university", "research_institute", "hospital", "social_org", "bank", "insurer"],
  leadBureau: "sci-assoc",
  coBureaus: [],
  once: false,
  maxFen: CAP21,
  monotoneIn: [],
  fields: [
    grade("\u79D1\u666E\u5DE5\u4F5C\u6210\u6548\u8BC4\u4EF7\u7ED3\u679C", "Evaluation grade of the science-popularisation work"),
    eventDate("\u8BC4\u4EF7\u7ED3\u679C\u516C\u5E03\u65E5\u671F", "Date the evaluation result was published")
  ],
  documents: [
    { key: "activity_report", zh: "\u79D1\u666E\u6D3B\u52A8\u5F00\u5C55\u60C5\u51B5\u62A5\u544A\uFF08\u542B\u7167\u7247\u3001\u5A92\u4F53\u62A5\u9053\uFF09", en: "Report on the science-popularisation activities (with photos, press coverage)" },
    { key: "evaluation_result", zh: "\u6210\u6548\u8BC4\u4EF7\u7ED3\u679C\u901A\u77E5", en: "Evaluation result notice" },
    { key: "expense_list", zh: "\u79D1\u666E\u7ECF\u8D39\u652F\u51FA\u660E\u7EC6", en: "Itemised science-popularisation spending" }
  ],
  rule(f, ctx) {
    const good = GOOD_RESULTS.includes(f.grade);
    ctx.check(
      good,
      "grade",
      `\u79D1\u666E\u5DE5\u4F5C\u6210\u6548\u8BC4\u4EF7\u4E3A\u201C${GRADE_LABELS[f.grade].zh}\u201D\uFF0C${good ? "\u5C5E" : "\u4E0D\u5C5E"}\u6210\u6548\u597D\uFF08\u4F18\u79C0\u3001\u826F\u597D\uFF09\uFF08\u7B2C32\u6761\uFF09`,
      `Science-popularisation work graded "${GRADE_LABELS[f.grade].en}", ${good ? "" : "not "}counted as good results (excellent or good) (clause 32)`
    );
    ctx.step("grant_ceiling", { capFen: CAP21 }, CAP21);
    ctx.check(true, "amount", `\u8865\u52A9\u4E0A\u9650 ${yuan(CAP21)}\uFF08\u7B2C32\u6761\uFF09`, `Ceiling ${yuan(CAP21)} (clause 32)`);
    return { ceilingFen: CAP21, fixed: false };
  }
});

// rules/measures/group-c.ts
var groupC = [
  c23_transformation_loan_interest_default,
  c24_bottleneck_grant_default,
  c24_bottleneck_insurance_default,
  c24_bank_risk_subsidy_default,
  c25_ip_pledge_interest_default,
  c25_ip_valuation_fee_default,
  c25_ip_pledge_insurance_default,
  c27_tech_bank_loan_interest_default,
  c29_national_carrier_default,
  c29_provincial_science_park_default,
  c29_brand_carrier_default,
  c30_instrument_voucher_default,
  c31_pilot_base_default,
  c32_science_popularization_default
];

// rules/measures/index.ts
var MEASURES = [...groupA, ...groupB, ...groupC];

// rules/index.ts
var engine = createEngine(MEASURES);

// rules/testing/arbitrary-facts.ts
import fc from "fast-check";
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
var intIn = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
var pad = (n, w) => String(n).padStart(w, "0");
var DAY_MS = 864e5;
var WINDOW_FROM = Date.parse(POLICY_START);
var WINDOW_TO = Date.parse(POLICY_END);
function moneyValue(rng) {
  const r = rng();
  if (r < 0.05) return 0;
  if (r < 0.08) return intIn(rng, 1, 99999);
  if (r < 0.98) return Math.floor(Math.exp(Math.log(1e5) + rng() * Math.log(1e5)));
  return intIn(rng, 1e10, 1e12);
}
function dateValue(rng) {
  const r = rng();
  let t;
  if (r < 0.9) t = WINDOW_FROM + Math.floor(rng() * ((WINDOW_TO - WINDOW_FROM) / DAY_MS + 1)) * DAY_MS;
  else if (r < 0.95) t = WINDOW_FROM - intIn(rng, 1, 1500) * DAY_MS;
  else t = WINDOW_TO + intIn(rng, 1, 1500) * DAY_MS;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
function validValue(f, rng) {
  switch (f.kind) {
    case "money":
      return moneyValue(rng);
    case "bool":
      return rng() < 0.8;
    // most applicants tick what the clause asks
    case "int": {
      if (f.min <= 2023 && f.max >= 2028 && rng() < 0.9) return intIn(rng, 2023, 2028);
      return intIn(rng, f.min, Math.min(f.max, f.min + 1e6));
    }
    case "date":
      return dateValue(rng);
    case "enum":
      return pick(rng, f.values);
    case "multi":
      return f.values.filter(() => rng() < 0.5);
  }
}
function invalidValue(f, rng) {
  const common = [null, "", "abc", {}, [], true, Number.NaN];
  switch (f.kind) {
    case "money":
      return pick(rng, [-1, -1e5, 12.5, 0.01, "100000", 1e16, Infinity, ...common]);
    case "bool":
      return pick(rng, [0, 1, "true", "false", "\u662F", null, [], {}]);
    case "int":
      return pick(rng, [f.min - 1, f.max + 1, f.min + 0.5, String(f.min), null, Number.NaN, {}]);
    case "date":
      return pick(rng, ["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-5", "20240105", "2024/01/05", "2024-01-05T00:00:00Z", 20240105, null, ""]);
    case "enum":
      return pick(rng, ["unknown_value", f.values[0].toUpperCase() + "_X", 0, null, [f.values[0]], ""]);
    case "multi":
      return pick(rng, [f.values[0], ["unknown_value"], [f.values[0], 3], null, {}, [null]]);
  }
}
function validFacts(fields, rng) {
  const o = {};
  for (const f of fields) o[f.name] = validValue(f, rng);
  return o;
}
function invalidFacts(fields, rng) {
  const facts = validFacts(fields, rng);
  const n = Math.min(fields.length, intIn(rng, 1, 3));
  const bad = [];
  while (bad.length < n) {
    const f = pick(rng, fields);
    if (bad.includes(f.name)) continue;
    bad.push(f.name);
    if (rng() < 0.25) delete facts[f.name];
    else facts[f.name] = invalidValue(f, rng);
  }
  return { facts, bad };
}
var isoDay = (d) => d.toISOString().slice(0, 10);
var dateArb = fc.oneof(
  fc.constantFrom("2023-07-12", "2023-07-13", "2028-07-12", "2028-07-13", "2024-02-29", "2025-12-31"),
  fc.date({ min: /* @__PURE__ */ new Date("2020-01-01T00:00:00Z"), max: /* @__PURE__ */ new Date("2031-12-31T00:00:00Z"), noInvalidDate: true }).map(isoDay)
);
var moneyArb = fc.oneof(
  fc.constantFrom(0, 1, 99, 1e8, 100000001, 1e15),
  fc.integer({ min: 0, max: 2e9 }),
  fc.maxSafeNat().map((n) => n % (1e15 + 1))
);

// rules/bench/mix.ts
var pick2 = (rng, xs) => xs[Math.floor(rng() * xs.length)];
function roundParams(measures) {
  const graded = measures.filter((m) => m.defaultGrades).map((m) => m.id);
  return [
    { eligibleGrades: Object.fromEntries(graded.map((id) => [id, ["excellent"]])) },
    { blacklistCheck: false, noticeDays: 10 },
    { lpr: { entries: [{ from: "2022-08", bp: 365 }, { from: "2024-10", bp: 310 }, { from: "2025-05", bp: 300 }], knownThrough: "2027-06" } }
  ];
}
function history(rng, m, measures) {
  const n = Math.floor(rng() * rng() * 6);
  const out = [];
  for (let i = 0; i < n; i++) {
    const same = rng() < 0.7;
    const hm = same ? m : pick2(rng, measures);
    out.push({
      measure: hm.id,
      subject: "subject-" + Math.floor(rng() * 4),
      year: 2023 + Math.floor(rng() * 6),
      awardedFen: Math.floor(rng() * (hm.maxFen / 2)),
      status: pick2(rng, CASE_STATUSES)
    });
  }
  return out;
}
function applicant(rng, m, orgType) {
  return {
    orgType: orgType ?? (rng() < 0.85 ? pick2(rng, m.orgTypes) : pick2(rng, ORG_TYPES)),
    registeredInCity: rng() < 0.95,
    creditBlacklisted: rng() < 0.03
  };
}
function buildMix(measures, perMeasure, seed = 20230713) {
  const rng = mulberry32(seed);
  const rounds = roundParams(measures);
  const cases2 = [];
  for (const m of measures) {
    for (let k = 0; k < perMeasure; k++) {
      const facts = rng() < 0.85 ? validFacts(m.fields, rng) : invalidFacts(m.fields, rng).facts;
      const c = { measure: m.id, applicant: applicant(rng, m), subject: "subject-" + Math.floor(rng() * 4), facts, history: history(rng, m, measures) };
      if (rng() < 0.1) c.params = pick2(rng, rounds);
      cases2.push(c);
    }
  }
  for (let i = cases2.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [cases2[i], cases2[j]] = [cases2[j], cases2[i]];
  }
  return cases2;
}

// rules/bench/quick5-tmp.ts
var trivial = MEASURES.map((m) => ({ ...m, rule: (_f, _ctx) => ({ ceilingFen: 100, fixed: false }) }));
var which = process.argv[2];
var eng = which === "trivial" ? createEngine(trivial) : createEngine(MEASURES, { trace: which !== "untraced" });
var cases = buildMix(MEASURES, +(process.argv[3] ?? 48));
var sink = 0;
var rates = [];
for (let r = 0; r < 12; r++) {
  const c0 = process.cpuUsage();
  let n = 0;
  while (n < 4e5) {
    for (const c of cases) {
      const d = eng.evaluate(c);
      sink += d.ceilingFen + d.reasons.length;
    }
    n += cases.length;
  }
  const cu = process.cpuUsage(c0);
  rates.push(n / ((cu.user + cu.system) / 1e6));
}
rates.sort((a, b) => a - b);
console.log(which, "median", rates[6].toFixed(0), "best", rates[11].toFixed(0), sink > 0);
