// Inputs of the payment-batch actions (pure zod: shared by forms and server).
import { z } from "zod";
import { isIsoDate } from "@/rules/core/fields";

const id = z.string().min(1).max(64);
export const MAX_BATCH_CASES = 200;

export const createBatchSchema = z.object({
  caseIds: z.array(id).min(1, "batch_empty").max(MAX_BATCH_CASES, "batch_too_large")
    .refine((a) => new Set(a).size === a.length, "invalid"),
});
export type CreateBatchInput = z.infer<typeof createBatchSchema>;

const batchRef = { batchId: id, version: z.number().int().min(0) };

export const cancelBatchSchema = z.object(batchRef);
export type CancelBatchInput = z.infer<typeof cancelBatchSchema>;

export const markBatchPaidSchema = z.object({
  ...batchRef,
  paidOn: z.string().refine(isIsoDate, { message: "invalid_date" }),
  voucherNo: z.string().trim().min(1, "required").max(64, "too_long").regex(/^[\p{L}\p{N}\-_/#.]+$/u, "voucher_format"),
});
export type MarkBatchPaidInput = z.infer<typeof markBatchPaidSchema>;
