// Facts as people read them: the measure's own field labels, money as ¥, booleans as 是/否.
// Pure: used by the review page, the finance view and the revision diff.
import { engine } from "@/rules";
import type { FieldSpec } from "@/rules/core/fields";
import { formatYuan } from "../money";

export interface FactRow {
  name: string;
  label: string;
  value: string;
}

export function formatFact(f: FieldSpec | undefined, v: unknown, en: boolean): string {
  if (v === undefined || v === null || v === "") return "—";
  if (!f) return typeof v === "string" ? v : JSON.stringify(v);
  switch (f.kind) {
    case "money":
      return typeof v === "number" ? formatYuan(v) : String(v);
    case "bool":
      return v === true ? (en ? "Yes" : "是") : v === false ? (en ? "No" : "否") : String(v);
    case "enum": {
      const l = f.labels[String(v)];
      return l ? (en ? l.en : l.zh) : String(v);
    }
    case "multi":
      if (!Array.isArray(v)) return String(v);
      if (v.length === 0) return en ? "None" : "无";
      return v.map((x) => { const l = f.labels[String(x)]; return l ? (en ? l.en : l.zh) : String(x); }).join(en ? ", " : "、");
    default:
      return String(v);
  }
}

/** The facts of a case in the order of the measure's form; keys the form does not know come last. */
export function factRows(measureId: string, facts: unknown, en: boolean): FactRow[] {
  const fields = engine.measures.get(measureId)?.fields ?? [];
  const o = (facts && typeof facts === "object" ? facts : {}) as Record<string, unknown>;
  const rows = fields.map((f) => ({ name: f.name, label: en ? f.en : f.zh, value: formatFact(f, o[f.name], en) }));
  for (const k of Object.keys(o)) if (!fields.some((f) => f.name === k)) rows.push({ name: k, label: k, value: formatFact(undefined, o[k], en) });
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
  en: boolean,
): FactChange[] {
  const out: FactChange[] = [];
  if (before.subject !== after.subject) out.push({ name: "subject", label: en ? "Subject" : "申报标的", before: before.subject || "—", after: after.subject || "—" });
  const fields = engine.measures.get(measureId)?.fields ?? [];
  const a = (before.facts ?? {}) as Record<string, unknown>;
  const b = (after.facts ?? {}) as Record<string, unknown>;
  const names = [...fields.map((f) => f.name), ...Object.keys({ ...a, ...b }).filter((k) => !fields.some((f) => f.name === k))];
  for (const name of names) {
    if (same(a[name], b[name])) continue;
    const f = fields.find((x) => x.name === name);
    out.push({ name, label: f ? (en ? f.en : f.zh) : name, before: formatFact(f, a[name], en), after: formatFact(f, b[name], en) });
  }
  return out;
}
