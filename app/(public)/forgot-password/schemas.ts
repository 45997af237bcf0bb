import { z } from "zod";

export const forgotSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("email")).pipe(z.string().max(120, "too_long")),
});
export type ForgotInput = z.input<typeof forgotSchema>;
