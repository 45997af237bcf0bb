// Inputs of the review, objection and payment actions (pure zod: shared by forms and server).
import { z } from "zod";
import { isIsoDate } from "@/rules/core/fields";

const caseRef = { caseId: z.string().min(1).max(64), version: z.number().int().min(0) };
const text = (max: number) => z.string().trim().max(max, "too_long");
const required = (max: number) => text(max).min(1, "required");

export const proposeSchema = z.discriminatedUnion("proposal", [
  z.object({ ...caseRef, proposal: z.literal("approve"), amountFen: z.number().int().min(0).max(1e15), reason: text(2000).default("") }),
  z.object({
    ...caseRef, proposal: z.literal("return"), reason: required(2000),
    fixList: z.array(required(500)).min(1, "fix_list_required").max(30),
  }),
  z.object({ ...caseRef, proposal: z.literal("reject"), reason: required(2000) }),
]);
export type ProposeInput = z.infer<typeof proposeSchema>;

export const confirmSchema = z.object({ ...caseRef, note: text(2000).default("") });
export type ConfirmInput = z.infer<typeof confirmSchema>;

export const sendBackSchema = z.object({ ...caseRef, note: required(2000) });
export type SendBackInput = z.infer<typeof sendBackSchema>;

export const objectionSchema = z.object({
  caseId: z.string().min(1).max(64),
  name: required(50),
  contact: required(100),
  text: required(2000),
});
export type ObjectionInput = z.infer<typeof objectionSchema>;

export const resolveObjectionSchema = z.object({ ...caseRef, outcome: z.enum(["upheld", "dismissed"]), resolution: required(2000) });
export type ResolveObjectionInput = z.infer<typeof resolveObjectionSchema>;

export const endNoticeSchema = z.object(caseRef);

export const paymentSchema = z.object({
  ...caseRef,
  amountFen: z.number().int().min(0).max(1e15),
  paidOn: z.string().refine(isIsoDate, { message: "invalid_date" }),
  voucherNo: required(64).regex(/^[\p{L}\p{N}\-_/#.]+$/u, "voucher_format"),
});
export type PaymentInput = z.infer<typeof paymentSchema>;
