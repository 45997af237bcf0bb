// Facts are described once as a list of fields. From that list come the zod schema (forms and
// server), the fast validator used by the engine, and the labels of the application form.
import { z } from "zod";

export interface Label {
  zh: string;
  en: string;
}

interface FieldBase extends Label {
  name: string;
  /** help text under the form field */
  help?: Label;
}

export type FieldSpec =
  | (FieldBase & { kind: "money" }) // integer fen >= 0, entered in yuan in forms
  | (FieldBase & { kind: "bool" })
  | (FieldBase & { kind: "int"; min: number; max: number })
  | (FieldBase & { kind: "date" }) // ISO YYYY-MM-DD, a real calendar date
  | (FieldBase & { kind: "enum"; values: readonly string[]; labels: Record<string, Label> })
  | (FieldBase & { kind: "multi"; values: readonly string[]; labels: Record<string, Label> });

export const money = (name: string, zh: string, en: string, help?: Label): FieldSpec =>
  ({ kind: "money", name, zh, en, help });
export const bool = (name: string, zh: string, en: string, help?: Label): FieldSpec =>
  ({ kind: "bool", name, zh, en, help });
export const int = (name: string, zh: string, en: string, min: number, max: number, help?: Label): FieldSpec =>
  ({ kind: "int", name, zh, en, min, max, help });
export const date = (name: string, zh: string, en: string, help?: Label): FieldSpec =>
  ({ kind: "date", name, zh, en, help });
export const oneOf = (name: string, zh: string, en: string, labels: Record<string, Label>, help?: Label): FieldSpec =>
  ({ kind: "enum", name, zh, en, values: Object.keys(labels), labels, help });
export const manyOf = (name: string, zh: string, en: string, labels: Record<string, Label>, help?: Label): FieldSpec =>
  ({ kind: "multi", name, zh, en, values: Object.keys(labels), labels, help });

export const GRADE_LABELS: Record<string, Label> = {
  excellent: { zh: "优秀", en: "Excellent" },
  good: { zh: "良好", en: "Good" },
  pass: { zh: "合格", en: "Pass" },
  fail: { zh: "不合格", en: "Fail" },
};
export const grade = (zh = "绩效评价结果", en = "Performance evaluation grade"): FieldSpec =>
  oneOf("grade", zh, en, GRADE_LABELS);
export const eventDate = (zh: string, en: string): FieldSpec => date("eventDate", zh, en);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** true when s is an ISO date that exists in the calendar */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  return d <= max;
}

const MAX_MONEY_FEN = 1e15; // 10 trillion yuan: beyond any real figure, still a safe integer

function fieldSchema(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case "money":
      return z.number().int().min(0).max(MAX_MONEY_FEN);
    case "bool":
      return z.boolean();
    case "int":
      return z.number().int().min(f.min).max(f.max);
    case "date":
      return z.string().refine(isIsoDate, { message: "invalid_date" });
    case "enum":
      return z.enum(f.values as [string, ...string[]]);
    case "multi":
      return z.array(z.enum(f.values as [string, ...string[]]));
  }
}

/** The zod schema of a measure's facts (strict about every listed field, extra keys ignored). */
export function factsSchema(fields: readonly FieldSpec[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.name] = fieldSchema(f);
  return z.object(shape);
}

/**
 * Fast validator with the same verdicts as factsSchema (a test checks they agree).
 * Returns the names of the bad fields with what is wrong, or an empty array.
 */
export function badFields(fields: readonly FieldSpec[], facts: unknown): { name: string; problem: string }[] {
  const out: { name: string; problem: string }[] = [];
  if (facts === null || typeof facts !== "object" || Array.isArray(facts)) {
    out.push({ name: "facts", problem: "not_object" });
    return out;
  }
  const o = facts as Record<string, unknown>;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const v = o[f.name];
    if (v === undefined) {
      out.push({ name: f.name, problem: "missing" });
      continue;
    }
    let ok: boolean;
    switch (f.kind) {
      case "money":
        ok = typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_MONEY_FEN;
        break;
      case "bool":
        ok = typeof v === "boolean";
        break;
      case "int":
        ok = typeof v === "number" && Number.isInteger(v) && v >= f.min && v <= f.max;
        break;
      case "date":
        ok = isIsoDate(v);
        break;
      case "enum":
        ok = typeof v === "string" && f.values.includes(v);
        break;
      case "multi":
        ok = Array.isArray(v) && v.every((x) => typeof x === "string" && f.values.includes(x));
        break;
    }
    if (!ok) out.push({ name: f.name, problem: "invalid" });
  }
  return out;
}
