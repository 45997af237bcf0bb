// Checks across a measure's facts and the facts other answers settle (measure.checks, measure.derived).
// One implementation for the form (in the browser), save and submit (server) and the engine.
import { badFields, type BadField, type Label } from "./fields";
import { dayEn, dayZh } from "./format";
import type { DerivedFact, MeasureDef } from "./measure";

/** One disagreement between facts: shown next to `field`. */
export interface FactIssue extends Label {
  field: string;
  code: string;
}

type Facts = Record<string, unknown>;
const NO_ISSUES: readonly FactIssue[] = Object.freeze([]);

/** names of the facts that are missing or invalid on their own */
function badSet(m: MeasureDef, facts: Facts, bad?: readonly BadField[]): Set<string> {
  return new Set((bad ?? badFields(m.fields, facts)).map((b) => b.name));
}

const ready = (names: readonly string[], bad: Set<string>) => names.every((n) => !bad.has(n));

function label(m: MeasureDef, name: string): Label {
  const f = m.fields.find((x) => x.name === name);
  return f ? { zh: f.zh, en: f.en } : { zh: name, en: name };
}

/** a fact's value inside a sentence: dates as the language writes them, the rest as given */
function valueText(m: MeasureDef, name: string, v: unknown, day: (iso: string) => string): string {
  const isDate = m.fields.find((x) => x.name === name)?.kind === "date";
  return isDate && typeof v === "string" ? day(v) : String(v);
}

/** the value a derived fact takes, or undefined while its sources are not all answered and valid */
function derivedValue(d: DerivedFact, facts: Facts, bad: Set<string>): unknown {
  if (!ready(d.from, bad)) return undefined;
  try {
    return d.value(facts);
  } catch {
    return undefined;
  }
}

/**
 * The facts with every derived fact set from its sources (or left out while they are incomplete):
 * what the form shows and what save stores. Facts without derived ones come back as they are.
 */
export function deriveFacts(m: MeasureDef, facts: Facts): Facts {
  if (!m.derived) return facts;
  const bad = badSet(m, facts);
  const out: Facts = { ...facts };
  for (const [name, d] of Object.entries(m.derived)) {
    if (!d) continue;
    const v = derivedValue(d, facts, bad);
    if (v === undefined) delete out[name];
    else out[name] = v;
  }
  return out;
}

/** The subject other answers settle (c09: "2025年度研发投入"), or null. */
export function derivedSubject(m: MeasureDef, facts: Facts): string | null {
  if (!m.subjectFrom) return null;
  const v = derivedValue(m.subjectFrom, facts, badSet(m, facts));
  return typeof v === "string" && v ? v : null;
}

/**
 * What disagrees in `facts`: each failed check, and each derived fact holding another value than its
 * sources give. A check runs only when all of its facts are answered and valid, so partial drafts
 * are checked as far as they go. `bad` (the field validator's verdict) saves validating twice.
 */
export function checkFacts(m: MeasureDef, facts: Facts, bad?: readonly BadField[]): readonly FactIssue[] {
  if (!m.checks && !m.derived) return NO_ISSUES;
  const invalid = badSet(m, facts, bad);
  const out: FactIssue[] = [];
  for (const [name, d] of Object.entries(m.derived ?? {})) {
    if (!d || facts[name] === undefined || invalid.has(name)) continue;
    const want = derivedValue(d, facts, invalid);
    if (want === undefined || want === facts[name]) continue;
    const [what, from] = [label(m, name), label(m, d.from[0])];
    out.push({
      field: d.from[0], code: `derived_${name}`,
      zh: `「${what.zh}」应为 ${valueText(m, name, want, dayZh)}（由「${from.zh}」得出），填报的是 ${valueText(m, name, facts[name], dayZh)}`,
      en: `"${what.en}" must be ${valueText(m, name, want, dayEn)} (it follows from "${from.en}"); ${valueText(m, name, facts[name], dayEn)} was given`,
    });
  }
  for (const c of m.checks ?? []) {
    if (!ready(c.fields, invalid)) continue;
    let ok: boolean, text: Label | null = null;
    try {
      ok = c.test(facts);
      if (!ok) text = c.message(facts);
    } catch {
      continue; // a check that cannot run on these facts has nothing to say about them
    }
    if (!ok && text) out.push({ field: c.at ?? c.fields[0], code: c.code, zh: text.zh, en: text.en });
  }
  return out;
}

/** The issues by field (the first one per field), as forms show them. */
export function issuesByField(issues: readonly FactIssue[]): Record<string, FactIssue> {
  const out: Record<string, FactIssue> = {};
  for (const i of issues) out[i.field] ??= i;
  return out;
}

/** whether a fact is one the form does not ask (a derived fact) */
export const isDerived = (m: MeasureDef, name: string): boolean => !!m.derived && name in m.derived;
