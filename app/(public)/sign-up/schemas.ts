import { z } from "zod";
import { creditCodeProblem, normaliseCreditCode } from "@/lib/auth/credit-code";
import { ORG_TYPES } from "@/rules/core/types";

// Messages are codes under errors.* in lib/i18n/messages; the form and the server share this schema.
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const signUpSchema = z
  .object({
    creditCode: z
      .string()
      .trim()
      .min(1, "required")
      .transform(normaliseCreditCode)
      .superRefine((v, ctx) => {
        const p = creditCodeProblem(v);
        if (p) ctx.addIssue({ code: "custom", message: `credit_code_${p}` });
      }),
    orgName: z.string().trim().min(2, "org_name").max(100, "too_long"),
    orgType: z.enum(ORG_TYPES, "required"),
    registeredInCity: z.boolean(),
    contactName: z.string().trim().min(2, "contact_name").max(30, "too_long"),
    contactPhone: z.string().trim().regex(PHONE, "phone"),
    email: z.string().trim().toLowerCase().pipe(z.email("email")).pipe(z.string().max(120, "too_long")),
    password: z
      .string()
      .min(10, "password_short")
      .max(100, "too_long")
      .regex(/[A-Za-z]/, "password_weak")
      .regex(/\d/, "password_weak"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });

export type SignUpInput = z.input<typeof signUpSchema>;
