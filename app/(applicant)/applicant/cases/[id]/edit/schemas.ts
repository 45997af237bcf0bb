import * as z from "zod/mini";
import { checkFacts, deriveFacts } from "@/rules/core/checks";
import type { FieldSpec } from "@/rules/core/fields";
import { factsSchema } from "@/rules/core/fields-zod";
import type { MeasureDef } from "@/rules/core/measure";
import { formToFacts, type FormFacts } from "@/lib/cases/draft-facts";

// The application form's schema: the subject, and the measure's own facts schema (the one the
// server checks at submit) applied to the answers once money is in fen and empty answers are out.

export interface CaseFormValues {
  subject: string;
  facts: FormFacts;
}

export const SUBJECT_MAX = 200;

/** Form values -> facts with the facts other answers settle (c09's year end) derived, as save stores them. */
export const formFacts = (m: MeasureDef, values: Partial<FormFacts>) => deriveFacts(m, formToFacts(m.fields, values));

/**
 * The measure's checks across facts, as form errors next to their field: the message is the check's
 * own text, marked "check:" so the field shows it as it is. They run whatever else is wrong, each as
 * soon as its own facts are valid.
 */
export function checkIssues(m: MeasureDef, facts: Record<string, unknown>, en: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of checkFacts(m, facts)) out[i.field] ??= `check:${en ? i.en : i.zh}`;
  return out;
}

export function caseFormSchema(m: MeasureDef, en: boolean) {
  return z.object({
    subject: z.string().check(z.trim(), z.minLength(1, "subject_required"), z.maxLength(SUBJECT_MAX, "too_long")),
    // zod/mini has no z.preprocess: classic builds it as this same pipe (a transform, then the schema)
    facts: z.pipe(z.transform((v: unknown) => formFacts(m, (v ?? {}) as FormFacts)), factsSchema(m.fields)),
  }).check(z.superRefine((v, ctx) => {
    // v.facts are the facts as preprocessed above (also when some answers are invalid)
    const facts = (v.facts && typeof v.facts === "object" ? v.facts : {}) as Record<string, unknown>;
    for (const [field, message] of Object.entries(checkIssues(m, facts, en))) ctx.addIssue({ code: "custom", path: ["facts", field], message });
  }, { when: () => true } as never));
}

/** Message codes (cases.form.errors.*) for the facts schema's issues, by the kind of field. */
export function factIssueCode(fields: readonly FieldSpec[]) {
  return (iss: { path?: PropertyKey[]; input?: unknown }): string => {
    const spec = fields.find((f) => f.name === iss.path?.[1]);
    if (!spec) return "invalid";
    if (iss.input === undefined) return "required";
    return spec.kind === "money" ? "money" : spec.kind === "int" ? "int_range" : spec.kind === "date" ? "date" : "invalid";
  };
}
