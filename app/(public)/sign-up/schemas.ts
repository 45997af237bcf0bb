import * as z from "zod/mini";
import { emailField, orgNameField, personNameField, phoneField } from "@/lib/auth/contact-fields";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { passwordSchema } from "@/lib/auth/password-policy";
import { ORG_TYPES } from "@/rules/core/types";

// Messages are codes under errors.* in lib/i18n/messages; the form and the server share this schema.

export const signUpSchema = z
  .object({
    creditCode: creditCodeField,
    orgName: orgNameField,
    orgType: z.enum(ORG_TYPES, "required"),
    contactName: personNameField,
    contactPhone: phoneField,
    email: emailField,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .check(z.refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" }));

export type SignUpInput = z.input<typeof signUpSchema>;
