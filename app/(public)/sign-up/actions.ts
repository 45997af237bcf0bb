"use server";
import { definePublicAction } from "@/lib/actions/define-action";
import { registerApplicant } from "@/lib/auth/register";
import { signUpSchema } from "./schemas";

export const signUp = definePublicAction(signUpSchema, async (input) => {
  // the same answer whether or not the code or email was registered before (see registerApplicant)
  await registerApplicant(input);
  return { received: true };
});
