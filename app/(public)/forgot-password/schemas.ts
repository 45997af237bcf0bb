import * as z from "zod/mini";

export const forgotSchema = z.object({
  email: z.pipe(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("email")), z.string().check(z.maxLength(120, "too_long"))),
});
export type ForgotInput = z.input<typeof forgotSchema>;
