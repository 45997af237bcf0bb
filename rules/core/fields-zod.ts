// The zod schema of a field list (forms and server). Apart from fields.ts: the rules engine and the
// pages that only run it (the calculator) need no zod. zod/mini: tree-shakable in the browser.
import * as z from "zod/mini";
import { type BadField, type FieldSpec, isIsoDate, MAX_MONEY_FEN, NO_BAD_FIELDS } from "./fields";

/** zod/mini (tree-shakable): the forms that import this module ship no zod classic to the browser. */
export type FactsSchema = z.ZodMiniObject<Record<string, z.ZodMiniType>>;

function fieldSchema(f: FieldSpec): z.ZodMiniType {
  switch (f.kind) {
    case "money":
      return z.number().check(z.int(), z.gte(0), z.lte(MAX_MONEY_FEN));
    case "bool":
      return z.boolean();
    case "int":
      return z.number().check(z.int(), z.gte(f.min), z.lte(f.max));
    case "date":
      return z.string().check(z.refine(isIsoDate, { message: "invalid_date" }));
    case "enum":
      return z.enum(f.values as [string, ...string[]]);
    case "multi":
      return z.array(z.enum(f.values as [string, ...string[]]));
  }
}

/** built once per list of fields (a measure's list is one array for the process's life) */
const built = new WeakMap<readonly FieldSpec[], FactsSchema>();

/** The zod schema of a measure's facts (strict about every listed field, extra keys ignored). */
export function factsSchema(fields: readonly FieldSpec[]): FactsSchema {
  let schema = built.get(fields);
  if (!schema) {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const f of fields) shape[f.name] = fieldSchema(f);
    built.set(fields, (schema = z.object(shape)));
  }
  return schema;
}

/** The same verdicts from the zod schema (slow; for the benchmark baseline and the agreement test). */
export function badFieldsZod(schema: FactsSchema, facts: unknown): readonly BadField[] {
  const r = schema.safeParse(facts);
  if (r.success) return NO_BAD_FIELDS;
  if (facts === null || typeof facts !== "object" || Array.isArray(facts)) return [{ name: "facts", problem: "not_object" }];
  const o = facts as Record<string, unknown>;
  const out: BadField[] = [];
  for (const issue of r.error.issues) {
    const name = String(issue.path[0]);
    if (!out.some((b) => b.name === name)) out.push({ name, problem: o[name] === undefined ? "missing" : "invalid" });
  }
  return out;
}
