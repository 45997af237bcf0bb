// A case's facts as rows people read: the measure's own field labels in its form's order, each value
// through the one fact formatter (lib/format-fact.ts). Pure: used by the review page, the finance
// view, the offers and the revision diff.
import { engine } from "@/rules";
import { factWords, formatFact, type FactLocale } from "../format-fact";

export interface FactRow {
  name: string;
  label: string;
  value: string;
}

const shown = (v: string | null) => v ?? "—";

/** The facts of a case in the order of the measure's form; keys the form does not know come last. */
export function factRows(measureId: string, facts: unknown, locale: FactLocale): FactRow[] {
  const fields = engine.measures.get(measureId)?.fields ?? [];
  const o = (facts && typeof facts === "object" ? facts : {}) as Record<string, unknown>;
  const rows = fields.map((f) => ({ name: f.name, label: f[locale], value: shown(formatFact(f, o[f.name], locale)) }));
  for (const k of Object.keys(o)) if (!fields.some((f) => f.name === k)) rows.push({ name: k, label: k, value: shown(formatFact(undefined, o[k], locale)) });
  return rows;
}

export interface FactChange {
  name: string;
  label: string;
  before: string;
  after: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What changed between two submissions of a case (subject first, then each fact). */
export function diffRevisions(
  measureId: string,
  before: { subject: string; facts: unknown },
  after: { subject: string; facts: unknown },
  locale: FactLocale,
): FactChange[] {
  const out: FactChange[] = [];
  if (before.subject !== after.subject) out.push({ name: "subject", label: factWords(locale).subject, before: before.subject || "—", after: after.subject || "—" });
  const fields = engine.measures.get(measureId)?.fields ?? [];
  const a = (before.facts ?? {}) as Record<string, unknown>;
  const b = (after.facts ?? {}) as Record<string, unknown>;
  const names = [...fields.map((f) => f.name), ...Object.keys({ ...a, ...b }).filter((k) => !fields.some((f) => f.name === k))];
  for (const name of names) {
    if (same(a[name], b[name])) continue;
    const f = fields.find((x) => x.name === name);
    out.push({ name, label: f ? f[locale] : name, before: shown(formatFact(f, a[name], locale)), after: shown(formatFact(f, b[name], locale)) });
  }
  return out;
}
