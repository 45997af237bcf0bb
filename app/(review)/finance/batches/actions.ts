"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createBatchSchema } from "@/lib/finance/batch-schemas";
import { createBatch } from "@/lib/finance/payment-batches";

export const createBatchAction = defineAction(["finance"], createBatchSchema, async (input, user) => {
  const b = await createBatch(user, input);
  return { id: b.id, batchNo: b.batchNo };
});
