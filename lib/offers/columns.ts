// The columns of a 免申即享 list: the credit code, the organisation's name (for the report only) and
// the measure's facts, one column each, headed by the fact's Chinese label (its name or English
// label are accepted too). Facts the list itself states (c17's list is of enterprises certified
// this year) are implied, not asked. Pure: the template, the import and the tests share it.
import { engine } from "@/rules";
import { isIsoDate, type FieldSpec, type Label } from "@/rules/core/fields";
import { factsSchema } from "@/rules/core/fields-zod";
import type { MeasureDef } from "@/rules/core/measure";
import { parseYuan } from "../money";

export interface ImportColumn {
  key: string;
  header: Label;
  field?: FieldSpec;
  required: boolean;
}

export interface ImportSpec {
  measure: MeasureDef;
  columns: ImportColumn[];
  /** facts every row of such a list has */
  implied: Record<string, unknown>;
  subject(facts: Record<string, unknown>): string;
}

/** lists the government keeps, by measure: what the list itself says, and the claim's subject */
const PRESETS: Record<string, { implied: Record<string, unknown>; subject: (f: Record<string, unknown>) => string }> = {
  "c17-hte-growth": { implied: { certifiedThisYear: true }, subject: (f) => `${String(f.eventDate).slice(0, 4)}年度高新技术企业认定` },
};

export const CREDIT_CODE_COLUMN: ImportColumn = { key: "creditCode", header: { zh: "统一社会信用代码", en: "Unified social credit code" }, required: true };
export const NAME_COLUMN: ImportColumn = { key: "name", header: { zh: "单位名称", en: "Organisation name" }, required: false };

export function importSpec(measureId: string): ImportSpec | null {
  const m = engine.measures.get(measureId);
  if (!m) return null;
  const preset = PRESETS[m.id];
  const implied = preset?.implied ?? {};
  const columns: ImportColumn[] = [CREDIT_CODE_COLUMN, NAME_COLUMN];
  for (const f of m.fields) {
    if (f.name in implied) continue;
    const unit = f.kind === "money" ? { zh: "（元）", en: " (yuan)" } : f.kind === "date" ? { zh: "（YYYY-MM-DD）", en: " (YYYY-MM-DD)" } : { zh: "", en: "" };
    columns.push({ key: f.name, header: { zh: f.zh + unit.zh, en: f.en + unit.en }, field: f, required: true });
  }
  const subject = preset?.subject ?? ((f: Record<string, unknown>) => `${m.title.zh}（${typeof f.eventDate === "string" ? f.eventDate : ""}）`);
  return { measure: m, columns, implied, subject: (f) => subject(f).slice(0, 200) };
}

const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** column key -> index of the sheet's column, and the required columns it lacks */
export function matchHeaders(spec: ImportSpec, headers: readonly string[]): { index: Record<string, number>; missing: ImportColumn[] } {
  const index: Record<string, number> = {};
  const folded = headers.map((h) => fold(h ?? ""));
  for (const c of spec.columns) {
    const names = [c.header.zh, c.header.en, c.key, c.field?.zh, c.field?.en].filter((x): x is string => !!x).map(fold);
    const i = folded.findIndex((h) => h !== "" && names.includes(h));
    if (i >= 0) index[c.key] = i;
  }
  return { index, missing: spec.columns.filter((c) => c.required && index[c.key] === undefined) };
}

/** What a cell holds once exceljs's rich text, formulas and links are read through. */
export type CellValue = string | number | boolean | Date | null;

export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainCell(o.richText.map((r: { text?: string }) => r.text ?? "").join(""));
    if ("result" in o) return plainCell(o.result);
    if ("text" in o) return plainCell(o.text);
  }
  return null;
}

const YES = new Set(["是", "true", "yes", "y", "1", "√"]);
const NO = new Set(["否", "false", "no", "n", "0", "×"]);

function isoFrom(v: CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v !== "string") return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

function choice(f: Extract<FieldSpec, { kind: "enum" | "multi" }>, s: string): string | null {
  const x = fold(s);
  return f.values.find((v) => fold(v) === x || fold(f.labels[v].zh) === x || fold(f.labels[v].en) === x) ?? null;
}

/** One cell as the fact of its field, or undefined when it cannot be read as one. */
export function parseCell(f: FieldSpec, v: CellValue): unknown {
  if (v === null) return undefined;
  const text = typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
  switch (f.kind) {
    case "money": return text === null ? undefined : (parseYuan(text) ?? undefined);
    case "int": return text !== null && /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
    case "bool": {
      if (typeof v === "boolean") return v;
      const s = fold(String(v));
      return YES.has(s) ? true : NO.has(s) ? false : undefined;
    }
    case "date": return isoFrom(v) ?? undefined;
    case "enum": return text === null ? undefined : (choice(f, text) ?? undefined);
    case "multi": {
      if (text === null) return undefined;
      const parts = text.split(/[,，、;；]/).map((p) => p.trim()).filter(Boolean).map((p) => choice(f, p));
      return parts.some((p) => p === null) ? undefined : [...new Set(parts as string[])];
    }
  }
}

/** A row's facts (implied ones included) and the fields that could not be read, by name. */
export function rowFacts(spec: ImportSpec, cells: Record<string, CellValue>): { facts: Record<string, unknown>; bad: FieldSpec[] } {
  const facts: Record<string, unknown> = { ...spec.implied };
  const bad: FieldSpec[] = [];
  for (const c of spec.columns) {
    if (!c.field) continue;
    const v = parseCell(c.field, cells[c.key] ?? null);
    if (v === undefined) bad.push(c.field);
    else facts[c.field.name] = v;
  }
  if (bad.length === 0) {
    // the same schema the submit checks: a value read but out of range is named too
    const r = factsSchema(spec.measure.fields).safeParse(facts);
    if (!r.success) for (const i of r.error.issues) {
      const f = spec.measure.fields.find((x) => x.name === String(i.path[0]));
      if (f && !bad.includes(f)) bad.push(f);
    }
  }
  return { facts, bad };
}
