// The calculator's question flow. From the answers so far it settles every measure (likely /
// not eligible / still undecided) and picks the next question: the one that bears on the most
// undecided measures. A fact several measures share (the R&D figures, the qualifications, the
// registration) is one question; a gate question settles a whole family of measures at once.
// Pure: it runs in the browser and in tests alike.
import type { Engine } from "../core/engine";
import type { FieldSpec, Label } from "../core/fields";
import type { MeasureDef } from "../core/measure";
import { engine as defaultEngine, ORG_TYPES } from "../index";
import { matchMeasure, type MatchResult } from "../matcher";
import { PROFILE_FIGURES, PROFILE_QUALIFICATIONS, type OrgProfile } from "../matcher-facts";
import { GATE_GROUPS, GATE_OF, type GateGroup } from "./gates";

export interface ScreenerAnswers {
  orgType?: string;
  registeredInCity?: boolean;
  qualifications?: string[];
  /** shared money figures in fen (PROFILE_FIGURES) */
  figures?: Record<string, number>;
  /** gate group id -> the measures ticked */
  gates?: Record<string, string[]>;
  /** measure id -> its own facts */
  facts?: Record<string, Record<string, unknown>>;
  /** questions the person chose not to answer: not asked again */
  skipped?: string[];
}

export type Question =
  | { id: "orgType"; kind: "org_type"; label: Label; options: readonly string[]; measures: string[] }
  | { id: "registeredInCity"; kind: "bool"; label: Label; help: Label; measures: string[] }
  | { id: "qualifications"; kind: "qualifications"; label: Label; help: Label; options: readonly string[]; measures: string[] }
  | { id: `gate:${string}`; kind: "gate"; label: Label; help: Label; group: GateGroup; options: { measure: string; label: Label }[]; measures: string[] }
  | { id: `figure:${string}`; kind: "figure"; label: Label; figure: string; measures: string[] }
  | { id: `fact:${string}`; kind: "fact"; label: Label; measure: string; measureTitle: Label; field: FieldSpec; measures: string[] };

export interface ScreenerState {
  results: MatchResult[];
  /** how many measures are still undecided */
  undecided: number;
  next: Question | null;
  answered: number;
}

/** facts a profile's qualifications answer (rules/matcher-facts.ts derives them) */
const FROM_QUALIFICATIONS = new Set(["qualifications", "isTechSme", "isHighTechEnterprise", "isTechLeader", "isSme", "aboveDesignatedSize"]);
/** per-measure money facts fed by a differently named shared figure */
const FIGURE_ALIAS: Record<string, Record<string, string>> = { "c14-tech-contract": { amountPaidFen: "contractAmountFen", buyerIsTechEnterprise: "qualifications" } };
const FIGURES = new Set<string>(PROFILE_FIGURES);

const FIGURE_LABELS: Record<string, Label> = {
  rndPrevYearFen: { zh: "上一年度研发投入（元，可写“800万”）", en: "R&D spending of the year before last (yuan; “800万” works)" },
  rndThisYearFen: { zh: "最近一个完整年度的研发投入（元，可写“950万”）", en: "R&D spending of the last full year (yuan; “950万” works)" },
};

const ORG_TYPE_Q: Label = { zh: "贵单位属于哪一类？", en: "What kind of organisation are you?" };
const CITY_Q: Label = { zh: "贵单位是否在威海市注册（或具有独立法人资格并在威海纳税）？", en: "Is your organisation registered in Weihai?" };
const CITY_HELP: Label = { zh: "政策适用于在威海市注册的单位。", en: "The policy applies to organisations registered in Weihai." };
const QUAL_Q: Label = { zh: "贵单位目前具有哪些资质或身份？", en: "Which of these does your organisation hold?" };
const QUAL_HELP: Label = { zh: "可多选；都没有也可直接下一步。", en: "Tick all that apply; none is a valid answer." };

function profileFor(a: ScreenerAnswers, m: MeasureDef, asOf: string): OrgProfile {
  const gate = GATE_OF.get(m.id);
  const ticked = gate ? (a.gates?.[gate.group.id] ?? []).includes(m.id) : false;
  const own = a.facts?.[m.id] ?? {};
  // a ticked gate says the event happened in the past year: asOf stands for its date, as for a figure given
  const facts: Record<string, unknown> = { ...(ticked ? { eventDate: asOf, ...gate!.gate.implies } : {}), ...own };
  return {
    orgType: a.orgType ?? "",
    registeredInCity: a.registeredInCity ?? false,
    qualifications: a.qualifications,
    figures: a.figures,
    facts,
    asOf,
  };
}

/** which question supplies a missing fact of measure m */
function questionFor(m: MeasureDef, fact: string): string {
  const alias = FIGURE_ALIAS[m.id]?.[fact];
  if (alias === "qualifications" || FROM_QUALIFICATIONS.has(fact)) return "qualifications";
  if (alias) return `figure:${alias}`;
  if (fact === "hasRndActivity") return "figure:rndThisYearFen";
  if (fact === "registeredInCity") return "registeredInCity";
  if (FIGURES.has(fact)) return `figure:${fact}`;
  return `fact:${m.id}:${fact}`;
}

const notApplicable = (m: MeasureDef, label: Label): MatchResult => ({
  measure: m.id, clause: m.clause, title: m.title, kind: m.kind, leadBureau: m.leadBureau, maxFen: m.maxFen,
  status: "not_eligible", estimatedCeilingFen: null, missingFacts: [], knownFacts: {},
  reasons: [{ code: "not_applicable", clause: m.clause, ok: false, zh: `未选择“${label.zh}”（第${m.clause}条）`, en: `You did not report: ${label.en} (clause ${m.clause})` }],
});

/** Every measure settled as far as the answers allow, and the question to ask next. */
export function screen(a: ScreenerAnswers, options: { asOf: string; engine?: Engine }): ScreenerState {
  const engine = options.engine ?? defaultEngine;
  const asOf = options.asOf;
  const fiscalYear = Number(asOf.slice(0, 4)) - 1;
  const skipped = new Set(a.skipped ?? []);
  const results: MatchResult[] = [];
  /** question id -> the undecided measures it bears on */
  const bears = new Map<string, string[]>();
  const bear = (q: string, measure: string) => {
    if (skipped.has(q)) return;
    const list = bears.get(q) ?? [];
    if (!list.includes(measure)) list.push(measure);
    bears.set(q, list);
  };
  for (const m of engine.measures.values()) {
    const gate = GATE_OF.get(m.id);
    const groupAnswer = gate ? a.gates?.[gate.group.id] : undefined;
    if (gate && groupAnswer && !groupAnswer.includes(m.id) && a.orgType !== undefined && m.orgTypes.includes(a.orgType as never)) {
      results.push(notApplicable(m, gate.gate));
      continue;
    }
    const r = matchMeasure(m, profileFor(a, m, asOf), asOf, fiscalYear, engine);
    // unknown type or registration: the general checks cannot have run yet
    if (a.orgType === undefined || a.registeredInCity === undefined) {
      const pending: MatchResult = r.status === "not_eligible" ? { ...r, status: "needs_facts", reasons: [], estimatedCeilingFen: null } : r;
      results.push(pending);
      if (a.orgType === undefined) bear("orgType", m.id);
      if (a.registeredInCity === undefined) bear("registeredInCity", m.id);
      continue;
    }
    results.push(r);
    if (r.status !== "needs_facts") continue;
    if (gate && !groupAnswer) {
      bear(`gate:${gate.group.id}`, m.id);
      continue;
    }
    for (const f of r.missingFacts) bear(questionFor(m, f.name), m.id);
  }
  const undecided = results.filter((r) => r.status === "needs_facts").length;
  return { results, undecided, next: pickNext(bears, engine, a), answered: answeredCount(a) };
}

const RANK = (id: string) => (id === "orgType" ? 0 : id === "registeredInCity" ? 1 : id.startsWith("gate:") ? 2 : id === "qualifications" ? 3 : id.startsWith("figure:") ? 4 : 5);

function pickNext(bears: Map<string, string[]>, engine: Engine, a: ScreenerAnswers): Question | null {
  let best: [string, string[]] | null = null;
  for (const entry of bears) {
    if (!best || entry[1].length > best[1].length || (entry[1].length === best[1].length && RANK(entry[0]) < RANK(best[0]))) best = entry;
  }
  return best ? describe(best[0], best[1], engine, a) : null;
}

function describe(id: string, measures: string[], engine: Engine, a: ScreenerAnswers): Question {
  if (id === "orgType") return { id, kind: "org_type", label: ORG_TYPE_Q, options: ORG_TYPES, measures };
  if (id === "registeredInCity") return { id, kind: "bool", label: CITY_Q, help: CITY_HELP, measures };
  if (id === "qualifications") return { id, kind: "qualifications", label: QUAL_Q, help: QUAL_HELP, options: PROFILE_QUALIFICATIONS, measures };
  if (id.startsWith("gate:")) {
    const group = GATE_GROUPS.find((g) => `gate:${g.id}` === id)!;
    // only the gates of measures this organisation's type may apply for
    const options = group.gates
      .filter((g) => engine.measures.get(g.measure)?.orgTypes.includes(a.orgType as never))
      .map((g) => ({ measure: g.measure, label: { zh: g.zh, en: g.en } }));
    return { id: id as `gate:${string}`, kind: "gate", label: group.title, help: group.help, group, options, measures };
  }
  if (id.startsWith("figure:")) {
    const figure = id.slice("figure:".length);
    const field = [...engine.measures.values()].flatMap((m) => m.fields).find((f) => f.name === figure);
    return { id: id as `figure:${string}`, kind: "figure", label: FIGURE_LABELS[figure] ?? { zh: field?.zh ?? figure, en: field?.en ?? figure }, figure, measures };
  }
  const [, measureId, name] = id.split(":");
  const m = engine.measures.get(measureId)!;
  const field = m.fields.find((f) => f.name === name)!;
  return { id: id as `fact:${string}`, kind: "fact", label: { zh: field.zh, en: field.en }, measure: m.id, measureTitle: m.title, field, measures };
}

function answeredCount(a: ScreenerAnswers): number {
  return (a.orgType !== undefined ? 1 : 0) + (a.registeredInCity !== undefined ? 1 : 0) + (a.qualifications !== undefined ? 1 : 0)
    + Object.keys(a.figures ?? {}).length + Object.keys(a.gates ?? {}).length
    + Object.values(a.facts ?? {}).reduce((n, f) => n + Object.keys(f).length, 0);
}

/** The answers with one more: `value` as the question's kind expects it (see Question). */
export function answer(a: ScreenerAnswers, q: Question, value: unknown): ScreenerAnswers {
  switch (q.kind) {
    case "org_type": return { ...a, orgType: String(value) };
    case "bool": return { ...a, registeredInCity: value === true };
    case "qualifications": return { ...a, qualifications: (value as string[]).filter((v) => PROFILE_QUALIFICATIONS.includes(v as never)) };
    case "gate": return { ...a, gates: { ...a.gates, [q.group.id]: (value as string[]).filter((v) => q.group.gates.some((g) => g.measure === v)) } };
    case "figure": return { ...a, figures: { ...a.figures, [q.figure]: Number(value) } };
    case "fact": return { ...a, facts: { ...a.facts, [q.measure]: { ...a.facts?.[q.measure], [q.field.name]: value } } };
  }
}

/** The answers with the question set aside (not asked again; its measures stay undecided). */
export function skip(a: ScreenerAnswers, q: Question): ScreenerAnswers {
  return { ...a, skipped: [...(a.skipped ?? []), q.id] };
}
