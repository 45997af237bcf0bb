import * as z from "zod/mini";
import { PHONE } from "@/app/(public)/sign-up/schemas";
import { passwordSchema } from "@/lib/auth/password-policy";

// Shared by the profile forms and their server actions; messages are codes under errors.*.
export const contactSchema = z.object({
  contactName: z.string().check(z.trim(), z.minLength(2, "contact_name"), z.maxLength(30, "too_long")),
  contactPhone: z.string().check(z.trim(), z.regex(PHONE, "phone")),
  address: z.string().check(z.trim(), z.maxLength(200, "too_long")),
});
export type ContactInput = z.input<typeof contactSchema>;

export const colleagueSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(2, "contact_name"), z.maxLength(30, "too_long")),
  email: z.pipe(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("email")), z.string().check(z.maxLength(120, "too_long"))),
  password: passwordSchema,
});
export type ColleagueInput = z.input<typeof colleagueSchema>;
