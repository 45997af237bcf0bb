"use server";
import { definePublicAction } from "@/lib/actions/define-action";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetSchema } from "./schemas";

export const resetPasswordAction = definePublicAction(resetSchema, async (input) => {
  await resetPassword(input.token, input.password);
  return { reset: true };
});
