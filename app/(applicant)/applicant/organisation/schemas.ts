import * as z from "zod/mini";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { ORG_TYPES } from "@/rules/core/types";
import { PHONE } from "@/app/(public)/sign-up/schemas";

// The organisation part of sign-up, for a signed-in applicant without one (provincial sign-in).
// Messages are codes under errors.*; the form and the action share this schema.
export const registerOrganisationSchema = z.object({
  creditCode: creditCodeField,
  orgName: z.string().check(z.trim(), z.minLength(2, "org_name"), z.maxLength(100, "too_long")),
  orgType: z.enum(ORG_TYPES, "required"),
  registeredInCity: z.boolean(),
  contactName: z.string().check(z.trim(), z.minLength(2, "contact_name"), z.maxLength(30, "too_long")),
  contactPhone: z.string().check(z.trim(), z.regex(PHONE, "phone")),
});

export type RegisterOrganisationInput = z.input<typeof registerOrganisationSchema>;
