import { z } from "zod";
import { orgNameField } from "../auth/contact-fields";
import { creditCodeField } from "../auth/credit-code-field";
import { ORG_TYPES } from "@/rules/core/types";

// The facts a licence is to prove, as the verification form and its route read them. Messages are
// codes under errors.* (credit_code_org_code_check: characters 9–17 fail GB 11714, …).
export const claimFactsSchema = z.object({
  creditCode: creditCodeField,
  name: orgNameField,
  orgType: z.enum(ORG_TYPES, "required"),
});

export const decisionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{10,40}$/, "invalid"),
  approve: z.boolean(),
  registeredInCity: z.boolean().optional(),
  reason: z.string().trim().max(500, "too_long").optional(),
});
