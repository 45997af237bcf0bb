import * as z from "zod/mini";
import { passwordSchema } from "@/lib/auth/password-policy";

export const resetSchema = z
  .object({
    token: z.string().check(z.minLength(1, "reset_link_invalid"), z.maxLength(100, "reset_link_invalid")),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .check(z.refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" }));
export type ResetInput = z.input<typeof resetSchema>;
