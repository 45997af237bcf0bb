import * as z from "zod/mini";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { passwordSchema } from "@/lib/auth/password-policy";
import { ORG_TYPES } from "@/rules/core/types";

// Messages are codes under errors.* in lib/i18n/messages; the form and the server share this schema.
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const signUpSchema = z
  .object({
    creditCode: creditCodeField,
    orgName: z.string().check(z.trim(), z.minLength(2, "org_name"), z.maxLength(100, "too_long")),
    orgType: z.enum(ORG_TYPES, "required"),
    contactName: z.string().check(z.trim(), z.minLength(2, "contact_name"), z.maxLength(30, "too_long")),
    contactPhone: z.string().check(z.trim(), z.regex(PHONE, "phone")),
    email: z.pipe(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("email")), z.string().check(z.maxLength(120, "too_long"))),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .check(z.refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" }));

export type SignUpInput = z.input<typeof signUpSchema>;
