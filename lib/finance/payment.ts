import "server-only";
import { ActionError } from "../errors";
import { checkpointPayment } from "../audit/checkpoint";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { transitionInTx } from "../cases/state-machine";
import { db } from "../db/client";
import { parseInput } from "../review/input";
import { paymentSchema, type PaymentInput } from "../review/schemas";
import { beijingDate } from "../review/working-days";

/**
 * Finance confirms that the approved amount was paid: the amount must equal the approved amount,
 * the date lies between the decision and today, and the voucher number is recorded. Once it has
 * committed, a signed audit checkpoint covers it; the receipts show its reference.
 */
export async function confirmPayment(user: SessionUser, raw: PaymentInput, now = new Date()) {
  const input = parseInput(paymentSchema, raw);
  if (user.role !== "finance") throw new ActionError("not_found");
  const c = await requireCaseAccess(user, input.caseId, "read");
  if (c.status !== "payable") throw new ActionError(c.version !== input.version ? "stale" : "bad_state", undefined, { status: c.status });
  const approvedFen = Number(c.approvedFen ?? 0n);
  if (input.amountFen !== approvedFen) throw new ActionError("amount_mismatch", { amountFen: "amount_mismatch" }, { approvedFen, amountFen: input.amountFen });
  const earliest = c.decidedAt ? beijingDate(c.decidedAt) : "0000-00-00";
  if (input.paidOn > beijingDate(now) || input.paidOn < earliest) {
    throw new ActionError("validation", { paidOn: "paid_on_range" }, { earliest, latest: beijingDate(now) });
  }
  const paid = await db.$transaction((tx) => transitionInTx(tx, {
    caseId: c.id, action: "pay", actor: { id: user.id, role: "finance" }, expectedVersion: input.version,
    patch: { paidAt: now },
    data: { amountFen: approvedFen, paidOn: input.paidOn, voucherNo: input.voucherNo },
    also: async (t) => {
      await t.payment.create({
        data: { caseId: c.id, amountFen: BigInt(approvedFen), paidOn: new Date(`${input.paidOn}T00:00:00Z`), voucherNo: input.voucherNo, confirmedById: user.id },
      });
    },
  }));
  return { ...paid, checkpoint: await checkpointPayment(c.id) };
}
