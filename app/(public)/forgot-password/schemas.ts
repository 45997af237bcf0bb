import * as z from "zod/mini";
import { emailField } from "@/lib/auth/contact-fields";

export const forgotSchema = z.object({
  email: emailField,
});
export type ForgotInput = z.input<typeof forgotSchema>;
