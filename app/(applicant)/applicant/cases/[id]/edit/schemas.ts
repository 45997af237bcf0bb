import { z } from "zod";
import { factsSchema, type FieldSpec } from "@/rules/core/fields";
import { formToFacts, type FormFacts } from "@/lib/cases/draft-facts";

// The application form's schema: the subject, and the measure's own facts schema (the one the
// server checks at submit) applied to the answers once money is in fen and empty answers are out.

export interface CaseFormValues {
  subject: string;
  facts: FormFacts;
}

export const SUBJECT_MAX = 200;

export function caseFormSchema(fields: readonly FieldSpec[]) {
  return z.object({
    subject: z.string().trim().min(1, "subject_required").max(SUBJECT_MAX, "too_long"),
    facts: z.preprocess((v) => formToFacts(fields, (v ?? {}) as FormFacts), factsSchema(fields)),
  });
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

export const editSchema = z.object({
  caseId: z.string().min(1).max(64),
  version: z.number().int().min(0),
  subject: z.string().max(SUBJECT_MAX),
  facts: z.record(z.string().max(60), z.unknown()),
});
