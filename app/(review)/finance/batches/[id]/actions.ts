"use server";
import { defineAction } from "@/lib/actions/define-action";
import { cancelBatchSchema, markBatchPaidSchema } from "@/lib/finance/batch-schemas";
import { cancelBatch, markBatchPaid } from "@/lib/finance/payment-batches";

export const markBatchPaidAction = defineAction(["finance"], markBatchPaidSchema, async (input, user) => {
  const b = await markBatchPaid(user, input);
  return { state: b.state, version: b.version };
});

export const cancelBatchAction = defineAction(["finance"], cancelBatchSchema, async (input, user) => {
  const b = await cancelBatch(user, input);
  return { state: b.state, version: b.version };
});
