// Answers of an application form, between what a person types and the facts the rules read.
// Pure: the form (browser) and the save action (server) share it.
import * as z from "zod/mini";
import { checkFacts } from "@/rules/core/checks";
import type { FieldSpec, Label } from "@/rules/core/fields";
import { factsSchema } from "@/rules/core/fields-zod";
import type { MeasureDef } from "@/rules/core/measure";
import { parseYuan } from "../money";

/** What a form control holds: text for money (yuan), int and date; "true"/"false"/"" for yes/no; a list for multi. */
export type FormValue = string | string[];
export type FormFacts = Record<string, FormValue>;

const RAW = z.string().check(z.maxLength(40));

/**
 * What a draft may hold: every fact optional, known names only, values of the right type, except
 * that money and whole numbers may still be the text a person typed (kept so nothing typed is lost;
 * submit refuses it with the field named).
 */
export function draftFactsSchema(fields: readonly FieldSpec[]) {
  // built once per measure's fields, as factsSchema is: building it for every save cost 0.13–0.3 ms
  // against ~1 µs for the parse
  let schema = draftSchemas.get(fields);
  if (!schema) draftSchemas.set(fields, (schema = buildDraftFactsSchema(fields)));
  return schema;
}

const draftSchemas = new WeakMap<readonly FieldSpec[], ReturnType<typeof buildDraftFactsSchema>>();

function buildDraftFactsSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const f of fields) {
    switch (f.kind) {
      case "money": shape[f.name] = z.union([z.number().check(z.int(), z.gte(0), z.lte(1e15)), RAW]); break;
      case "int": shape[f.name] = z.union([z.number().check(z.int(), z.gte(-1e9), z.lte(1e9)), RAW]); break;
      case "date": shape[f.name] = z.string().check(z.maxLength(10)); break;
      case "bool": shape[f.name] = z.boolean(); break;
      case "enum": shape[f.name] = z.enum(f.values as [string, ...string[]]); break;
      case "multi": shape[f.name] = z.array(z.enum(f.values as [string, ...string[]])).check(z.maxLength(f.values.length)); break;
    }
  }
  // z.object(shape).partial().strict(): every key optional, unknown keys refused
  return z.partial(z.strictObject(shape));
}

/** fen -> "11500000" or "123.45" (what a person would type; no separators) */
export function fenToYuanText(fen: number): string {
  const y = Math.floor(fen / 100);
  const c = fen % 100;
  return c ? `${y}.${String(c).padStart(2, "0")}` : String(y);
}

/** Saved facts -> form values (a missing answer is an empty control). */
export function factsToForm(fields: readonly FieldSpec[], facts: unknown): FormFacts {
  const f = (facts && typeof facts === "object" ? facts : {}) as Record<string, unknown>;
  const out: FormFacts = {};
  for (const s of fields) {
    const v = f[s.name];
    switch (s.kind) {
      case "money": out[s.name] = typeof v === "number" ? fenToYuanText(v) : typeof v === "string" ? v : ""; break;
      case "int": out[s.name] = typeof v === "number" || typeof v === "string" ? String(v) : ""; break;
      case "bool": out[s.name] = v === true ? "true" : v === false ? "false" : ""; break;
      case "multi": out[s.name] = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []; break;
      default: out[s.name] = typeof v === "string" ? v : "";
    }
  }
  return out;
}

/** Form values -> facts: empty answers left out, money in fen, text that is not a number kept as typed. */
export function formToFacts(fields: readonly FieldSpec[], values: Partial<FormFacts>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of fields) {
    const v = values[s.name];
    if (s.kind === "multi") {
      out[s.name] = Array.isArray(v) ? v.filter((x) => s.values.includes(x)) : [];
      continue;
    }
    const t = typeof v === "string" ? v.trim() : "";
    if (!t) continue;
    switch (s.kind) {
      case "money": out[s.name] = parseYuan(t) ?? t.slice(0, 40); break;
      case "int": out[s.name] = /^-?\d{1,9}$/.test(t) ? Number(t) : t.slice(0, 40); break;
      case "bool": if (t === "true" || t === "false") out[s.name] = t === "true"; break;
      case "enum": if (s.values.includes(t)) out[s.name] = t; break;
      default: out[s.name] = t.slice(0, 10);
    }
  }
  return out;
}

/** A problem with one answer, as a message code under cases.form.errors (with values for the message). */
export interface FactProblem {
  code: "required" | "money" | "int_range" | "date" | "invalid" | "inconsistent";
  values?: Record<string, number>;
  /** for "inconsistent": what the measure's check says, in both languages */
  message?: Label;
}

/**
 * The problems of complete facts, by field name, as the rules' schema sees them, then (with the
 * measure) the contradictions its checks across facts find; {} when none.
 */
export function factProblems(fields: readonly FieldSpec[], facts: Record<string, unknown>, measure?: MeasureDef): Record<string, FactProblem> {
  const out: Record<string, FactProblem> = {};
  if (measure) for (const i of checkFacts(measure, facts)) out[i.field] ??= { code: "inconsistent", message: { zh: i.zh, en: i.en } };
  const r = factsSchema(fields).safeParse(facts);
  if (r.success) return out;
  for (const issue of r.error.issues) {
    const name = String(issue.path[0]);
    const spec = fields.find((f) => f.name === name);
    if (!spec || out[name]) continue;
    out[name] = problemOf(spec, facts[name]);
  }
  return out;
}

function problemOf(spec: FieldSpec, v: unknown): FactProblem {
  if (v === undefined) return { code: "required" };
  switch (spec.kind) {
    case "money": return { code: "money" };
    case "int": return { code: "int_range", values: { min: spec.min, max: spec.max } };
    case "date": return { code: "date" };
    default: return { code: "invalid" };
  }
}
