// Facts are described once as a list of fields. From that list come the zod schema (forms and
// server: fields-zod.ts, apart so that pages which only run the rules ship no zod), the fast
// validator used by the engine, and the labels of the application form.

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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** digit value of s[i], or -1 (char codes: no regex, no allocation: this runs on every case) */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** true when s is an ISO date (YYYY-MM-DD) that exists in the calendar */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3, mo = m0 * 10 + m1, d = d0 * 10 + d1;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  return d <= max;
}

export const MAX_MONEY_FEN = 1e15; // 10 trillion yuan: beyond any real figure, still a safe integer

export interface BadField {
  name: string;
  problem: "missing" | "invalid" | "not_object";
}

/** what badFields returns when all is well: shared, never mutated */
export const NO_BAD_FIELDS: readonly BadField[] = Object.freeze([]);

const K_MONEY = 0, K_BOOL = 1, K_INT = 2, K_DATE = 3, K_ENUM = 4, K_MULTI = 5;
const KIND_CODE = { money: K_MONEY, bool: K_BOOL, int: K_INT, date: K_DATE, enum: K_ENUM, multi: K_MULTI } as const;

/** A field list flattened into parallel arrays, so checking a case walks plain arrays. */
interface CompiledFields {
  names: string[];
  kinds: number[];
  lo: number[];
  hi: number[];
  values: (readonly string[] | null)[];
}

function compileFields(fields: readonly FieldSpec[]): CompiledFields {
  const c: CompiledFields = { names: [], kinds: [], lo: [], hi: [], values: [] };
  for (const f of fields) {
    c.names.push(f.name);
    c.kinds.push(KIND_CODE[f.kind]);
    c.lo.push(f.kind === "int" ? f.min : 0);
    c.hi.push(f.kind === "int" ? f.max : MAX_MONEY_FEN);
    c.values.push(f.kind === "enum" || f.kind === "multi" ? f.values : null);
  }
  return c;
}

function allIn(v: unknown[], values: readonly string[]): boolean {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== "string" || !values.includes(x)) return false;
  }
  return true;
}

/**
 * The fast validator of a field list, with the same verdicts as factsSchema (a property test
 * checks they agree). It returns the bad fields with what is wrong, or a shared empty array.
 */
export function fieldValidator(fields: readonly FieldSpec[]): (facts: unknown) => readonly BadField[] {
  const { names, kinds, lo, hi, values } = compileFields(fields);
  const n = names.length;
  return (facts) => {
    if (facts === null || typeof facts !== "object" || Array.isArray(facts)) return [{ name: "facts", problem: "not_object" }];
    const o = facts as Record<string, unknown>;
    let out: BadField[] | null = null;
    for (let i = 0; i < n; i++) {
      const v = o[names[i]];
      let ok: boolean;
      if (v === undefined) ok = false;
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
            ok = typeof v === "string" && values[i]!.includes(v);
            break;
          default:
            ok = Array.isArray(v) && allIn(v, values[i]!);
        }
      }
      if (!ok) (out ??= []).push({ name: names[i], problem: v === undefined ? "missing" : "invalid" });
    }
    return out ?? NO_BAD_FIELDS;
  };
}

const validatorCache = new WeakMap<readonly FieldSpec[], (facts: unknown) => readonly BadField[]>();

/** The bad fields of facts for a field list (the validator is compiled once per list). */
export function badFields(fields: readonly FieldSpec[], facts: unknown): readonly BadField[] {
  let v = validatorCache.get(fields);
  if (!v) validatorCache.set(fields, (v = fieldValidator(fields)));
  return v(facts);
}
