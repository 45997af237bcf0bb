import * as z from "zod/mini";
import { emailField, personNameField, phoneField } from "@/lib/auth/contact-fields";
import { passwordSchema } from "@/lib/auth/password-policy";

// Shared by the profile forms and their server actions; messages are codes under errors.*.
export const contactSchema = z.object({
  contactName: personNameField,
  contactPhone: phoneField,
  address: z.string().check(z.trim(), z.maxLength(200, "too_long")),
});
export type ContactInput = z.input<typeof contactSchema>;

export const colleagueSchema = z.object({
  name: personNameField,
  email: emailField,
  password: passwordSchema,
});
export type ColleagueInput = z.input<typeof colleagueSchema>;
