import { z } from "zod";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { ORG_TYPES } from "@/rules/core/types";
import { PHONE } from "@/app/(public)/sign-up/schemas";

// The organisation part of sign-up, for a signed-in applicant without one (provincial sign-in).
// Messages are codes under errors.*; the form and the action share this schema.
export const registerOrganisationSchema = z.object({
  creditCode: creditCodeField,
  orgName: z.string().trim().min(2, "org_name").max(100, "too_long"),
  orgType: z.enum(ORG_TYPES, "required"),
  registeredInCity: z.boolean(),
  contactName: z.string().trim().min(2, "contact_name").max(30, "too_long"),
  contactPhone: z.string().trim().regex(PHONE, "phone"),
});

export type RegisterOrganisationInput = z.input<typeof registerOrganisationSchema>;
