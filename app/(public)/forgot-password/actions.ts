"use server";
import { definePublicAction } from "@/lib/actions/define-action";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { ActionError } from "@/lib/errors";
import { forgotSchema } from "./schemas";

export const requestResetAction = definePublicAction(forgotSchema, async (input) => {
  // the same answer whether or not the address has an account (see requestPasswordReset)
  if ((await requestPasswordReset(input.email, await clientAddress())) === "throttled") throw new ActionError("reset_throttled");
  return { accepted: true };
});
