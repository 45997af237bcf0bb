import { z } from "zod";
import { PHONE } from "@/app/(public)/sign-up/schemas";
import { passwordSchema } from "@/lib/auth/password-policy";

// Shared by the profile forms and their server actions; messages are codes under errors.*.
export const contactSchema = z.object({
  contactName: z.string().trim().min(2, "contact_name").max(30, "too_long"),
  contactPhone: z.string().trim().regex(PHONE, "phone"),
  address: z.string().trim().max(200, "too_long"),
});
export type ContactInput = z.input<typeof contactSchema>;

export const colleagueSchema = z.object({
  name: z.string().trim().min(2, "contact_name").max(30, "too_long"),
  email: z.string().trim().toLowerCase().pipe(z.email("email")).pipe(z.string().max(120, "too_long")),
  password: passwordSchema,
});
export type ColleagueInput = z.input<typeof colleagueSchema>;
