"use server";
import { definePublicAction } from "@/lib/actions/define-action";
import { registerApplicant } from "@/lib/auth/register";
import { signUpSchema } from "./schemas";

export const signUp = definePublicAction(signUpSchema, async (input) => {
  const { userId } = await registerApplicant(input);
  return { userId };
});
