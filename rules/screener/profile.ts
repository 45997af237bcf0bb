// The screener's answers as an organisation's stored facts, and back; what those facts prefill in a
// new application. Shared facts (qualifications, money figures, the gate answers) are keyed by name
// alone; a measure's own facts by measure id and the fact name of its field spec. Pure.
import type { Engine } from "../core/engine";
import type { Label } from "../core/fields";
import { factsSchema } from "../core/fields-zod";
import type { MeasureDef } from "../core/measure";
import { engine as defaultEngine } from "../index";
import { factsFromProfile, PROFILE_FIGURES, PROFILE_QUALIFICATIONS } from "../matcher-facts";
import { GATE_GROUPS, GATE_OF } from "./gates";
import type { ScreenerAnswers } from "./screener";

/** One stored fact: measureId "" for a shared one. */
export interface FactRow {
  measureId: string;
  name: string;
  value: unknown;
}

const FIGURES = new Set<string>(PROFILE_FIGURES);
const GATE = "gate:";

/** The answers as rows (the organisation's type and registration are the organisation's own, not facts). */
export function answersToRows(a: ScreenerAnswers): FactRow[] {
  const rows: FactRow[] = [];
  if (a.qualifications !== undefined) rows.push({ measureId: "", name: "qualifications", value: a.qualifications });
  for (const [name, value] of Object.entries(a.figures ?? {})) rows.push({ measureId: "", name, value });
  for (const [group, ticked] of Object.entries(a.gates ?? {})) rows.push({ measureId: "", name: GATE + group, value: ticked });
  for (const [measureId, facts] of Object.entries(a.facts ?? {})) {
    for (const [name, value] of Object.entries(facts)) rows.push({ measureId, name, value });
  }
  return rows;
}

/** Rows back into answers, starting from what the organisation itself says (type, registration). */
export function rowsToAnswers(rows: readonly FactRow[], base: ScreenerAnswers = {}): ScreenerAnswers {
  const a: ScreenerAnswers = { ...base };
  for (const r of rows) {
    if (r.measureId) a.facts = { ...a.facts, [r.measureId]: { ...a.facts?.[r.measureId], [r.name]: r.value } };
    else if (r.name === "qualifications") a.qualifications = r.value as string[];
    else if (r.name.startsWith(GATE)) a.gates = { ...a.gates, [r.name.slice(GATE.length)]: r.value as string[] };
    else a.figures = { ...a.figures, [r.name]: r.value as number };
  }
  return a;
}

const isMoney = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1e15;
const isList = (v: unknown, allowed: readonly string[]) =>
  Array.isArray(v) && v.length <= allowed.length && v.every((x) => typeof x === "string" && allowed.includes(x)) && new Set(v).size === v.length;

/** null when the row is a fact the portal knows with a value of the right kind, else the problem code. */
export function rowProblem(r: FactRow, engine: Engine = defaultEngine): "unknown_field" | "invalid" | null {
  if (!r.measureId) {
    if (r.name === "qualifications") return isList(r.value, PROFILE_QUALIFICATIONS) ? null : "invalid";
    if (FIGURES.has(r.name)) return isMoney(r.value) ? null : "invalid";
    if (r.name.startsWith(GATE)) {
      const group = GATE_GROUPS.find((g) => g.id === r.name.slice(GATE.length));
      if (!group) return "unknown_field";
      return isList(r.value, group.gates.map((g) => g.measure)) ? null : "invalid";
    }
    return "unknown_field";
  }
  const m = engine.measures.get(r.measureId);
  const field = m?.fields.find((f) => f.name === r.name);
  if (!m || !field) return "unknown_field";
  return factsSchema([field]).shape[r.name].safeParse(r.value).success ? null : "invalid";
}

/** Where a shared fact of the profile is filed when a measure's facts are taken over (an accepted offer). */
export function rowsFromMeasureFacts(measureId: string, facts: Record<string, unknown>): FactRow[] {
  return Object.entries(facts).map(([name, value]) => ({ measureId: FIGURES.has(name) ? "" : measureId, name, value }));
}

/**
 * The facts of measure m that the answers already hold, valid for its form: the organisation's
 * own answers for m, what its qualifications and figures imply (rules/matcher-facts.ts), and what
 * a ticked gate states. No event date is guessed: only one the organisation gave is used (and
 * c09's year end, which its fiscal year fixes).
 */
export function prefillFacts(m: MeasureDef, a: ScreenerAnswers, asOf: string): Record<string, unknown> {
  const gate = GATE_OF.get(m.id);
  const ticked = gate ? (a.gates?.[gate.group.id] ?? []).includes(m.id) : false;
  const own = a.facts?.[m.id] ?? {};
  const fiscalYear = Number(asOf.slice(0, 4)) - 1;
  const derived = factsFromProfile(m, {
    orgType: a.orgType ?? "", registeredInCity: a.registeredInCity ?? false,
    qualifications: a.qualifications, figures: a.figures, facts: { ...(ticked ? gate!.gate.implies : {}), ...own },
  }, { asOf, fiscalYear });
  if (own.eventDate === undefined && derived.eventDate === asOf) delete derived.eventDate;
  const shape = factsSchema(m.fields).shape;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(derived)) if (shape[name]?.safeParse(value).success) out[name] = value;
  return out;
}

/** An earlier case as the profile reads it: its measure, facts and (for the source shown) its number. */
export interface EarlierCase {
  measureId: string;
  facts: unknown;
  caseNo: string | null;
}

const QUALIFYING_BOOLS: Record<string, string> = {
  isTechSme: "tech_sme", isHighTechEnterprise: "high_tech_enterprise", isTechLeader: "tech_leader", isSme: "sme",
  aboveDesignatedSize: "above_designated_size", buyerIsTechEnterprise: "",
};

/**
 * What the organisation's earlier submitted cases (newest first) tell the profile: the
 * qualifications they declared, and the R&D figures of its last c09 claim moved on by a year (that
 * claim's "this year" is the next claim's "year before"). Each with the case it came from.
 */
export function rowsFromCases(cases: readonly EarlierCase[], asOf: string): (FactRow & { caseNo: string | null })[] {
  const quals = new Set<string>();
  let qualFrom: string | null = null;
  for (const c of cases) {
    const f = (c.facts && typeof c.facts === "object" ? c.facts : {}) as Record<string, unknown>;
    const before = quals.size;
    if (Array.isArray(f.qualifications)) for (const q of f.qualifications) if (PROFILE_QUALIFICATIONS.includes(q as never)) quals.add(q as string);
    for (const [name, q] of Object.entries(QUALIFYING_BOOLS)) if (q && f[name] === true) quals.add(q);
    if (quals.size > before) qualFrom ??= c.caseNo;
  }
  const rows: (FactRow & { caseNo: string | null })[] = [];
  if (quals.size) rows.push({ measureId: "", name: "qualifications", value: PROFILE_QUALIFICATIONS.filter((q) => quals.has(q)), caseNo: qualFrom });
  const fy = Number(asOf.slice(0, 4)) - 1;
  const c09 = cases.find((c) => c.measureId === "c09-rnd-increment");
  const f = (c09?.facts ?? {}) as Record<string, unknown>;
  if (c09 && f.fiscalYear === fy - 1 && isMoney(f.rndThisYearFen)) rows.push({ measureId: "", name: "rndPrevYearFen", value: f.rndThisYearFen, caseNo: c09.caseNo });
  if (c09 && f.fiscalYear === fy) {
    for (const name of ["rndPrevYearFen", "rndThisYearFen"]) if (isMoney(f[name])) rows.push({ measureId: "", name, value: f[name], caseNo: c09.caseNo });
  }
  return rows;
}

/** How a stored fact is asked and shown: its label, its kind of value and the choices of a list. */
export interface FactShape {
  label: Label | null;
  /** the measure a measure-scoped fact belongs to */
  measureTitle: Label | null;
  kind: "money" | "bool" | "int" | "date" | "enum" | "multi";
  options: { value: string; label: Label }[];
  min?: number;
  max?: number;
}

/** The shape of a stored fact (null for a name the portal does not know). Qualification labels live in the UI's messages. */
export function factShape(r: { measureId: string; name: string }, engine: Engine = defaultEngine): FactShape | null {
  if (!r.measureId) {
    if (r.name === "qualifications") return { label: null, measureTitle: null, kind: "multi", options: PROFILE_QUALIFICATIONS.map((q) => ({ value: q, label: { zh: q, en: q } })) };
    if (r.name.startsWith(GATE)) {
      const group = GATE_GROUPS.find((g) => g.id === r.name.slice(GATE.length));
      return group ? { label: null, measureTitle: null, kind: "multi", options: group.gates.map((g) => ({ value: g.measure, label: { zh: g.zh, en: g.en } })) } : null;
    }
    if (!FIGURES.has(r.name)) return null;
    const f = [...engine.measures.values()].flatMap((m) => m.fields).find((x) => x.name === r.name);
    return { label: f ? { zh: f.zh, en: f.en } : { zh: r.name, en: r.name }, measureTitle: null, kind: "money", options: [] };
  }
  const m = engine.measures.get(r.measureId);
  const f = m?.fields.find((x) => x.name === r.name);
  if (!m || !f) return null;
  const options = f.kind === "enum" || f.kind === "multi" ? f.values.map((v) => ({ value: v, label: f.labels[v] })) : [];
  return { label: { zh: f.zh, en: f.en }, measureTitle: m.title, kind: f.kind, options, ...(f.kind === "int" ? { min: f.min, max: f.max } : {}) };
}
