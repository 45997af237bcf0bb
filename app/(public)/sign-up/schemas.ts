import { z } from "zod";
import { creditCodeField } from "@/lib/auth/credit-code-field";
import { passwordSchema } from "@/lib/auth/password-policy";
import { ORG_TYPES } from "@/rules/core/types";

// Messages are codes under errors.* in lib/i18n/messages; the form and the server share this schema.
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const signUpSchema = z
  .object({
    creditCode: creditCodeField,
    orgName: z.string().trim().min(2, "org_name").max(100, "too_long"),
    orgType: z.enum(ORG_TYPES, "required"),
    contactName: z.string().trim().min(2, "contact_name").max(30, "too_long"),
    contactPhone: z.string().trim().regex(PHONE, "phone"),
    email: z.string().trim().toLowerCase().pipe(z.email("email")).pipe(z.string().max(120, "too_long")),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });

export type SignUpInput = z.input<typeof signUpSchema>;
