"use server";
import { defineAction } from "@/lib/actions/define-action";
import { confirmPayment } from "@/lib/finance/payment";
import { paymentSchema } from "@/lib/review/schemas";

export const payAction = defineAction(["finance"], paymentSchema, async (input, user) => {
  const c = await confirmPayment(user, input);
  return { status: c.status, version: c.version, checkpoint: c.checkpoint };
});
