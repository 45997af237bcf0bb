import * as z from "zod/mini";
import { orgNameField, personNameField, phoneField } from "@/lib/auth/contact-fields";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { ORG_TYPES } from "@/rules/core/types";

// The organisation part of sign-up, for a signed-in applicant without one (provincial sign-in).
// Messages are codes under errors.*; the form and the action share this schema.
export const registerOrganisationSchema = z.object({
  creditCode: creditCodeField,
  orgName: orgNameField,
  orgType: z.enum(ORG_TYPES, "required"),
  registeredInCity: z.boolean(),
  contactName: personNameField,
  contactPhone: phoneField,
});

export type RegisterOrganisationInput = z.input<typeof registerOrganisationSchema>;
