import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";

export const resetSchema = z
  .object({
    token: z.string().min(1, "reset_link_invalid").max(100, "reset_link_invalid"),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });
export type ResetInput = z.input<typeof resetSchema>;
