import "server-only";
import { ActionError } from "../errors";
import { checkpointPayment } from "../audit/checkpoint";
import type { SessionUser } from "../auth/sign-in";
import { lockCase, requireCaseAccess } from "../cases/access";
import { transitionInTx } from "../cases/state-machine";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { payeeOf } from "../organisations/bank-account-store";
import { parseInput } from "../review/input";
import { paymentSchema, type PaymentInput } from "../review/schemas";
import { beijingDate } from "../calendar/working-days";

type Locked = NonNullable<Awaited<ReturnType<typeof lockCase>>>;

/**
 * Pays one locked, payable case through the state machine (which enforces the duties of ADR 011):
 * the payment record (approved amount, voucher, date) and the applicant's payment notice (the
 * transition's own notification: amount, voucher, account's last four, lib/cases/notify-text.ts)
 * commit with the transition and its audit event. The case must carry the account fixed at submission.
 */
export async function payLockedCase(
  tx: Prisma.TransactionClient, c: Locked,
  p: { actorId: string; expectedVersion: number; paidOn: string; voucherNo: string; now: Date; batchNo?: string },
) {
  const payee = payeeOf(c);
  if (!payee) throw new ActionError("no_payee_account", undefined, { caseNo: c.caseNo ?? "" });
  const amountFen = c.approvedFen ?? 0n;
  return transitionInTx(tx, {
    caseId: c.id, locked: c, action: "pay", actor: { id: p.actorId, role: "finance" }, expectedVersion: p.expectedVersion,
    patch: { paidAt: p.now },
    data: {
      amountFen: Number(amountFen), paidOn: p.paidOn, voucherNo: p.voucherNo, bankName: payee.bankName,
      accountNo: `****${payee.accountNo.slice(-4)}`, ...(p.batchNo ? { batchNo: p.batchNo } : {}),
    },
    also: async (t) => {
      await t.payment.create({
        data: { caseId: c.id, amountFen, paidOn: new Date(`${p.paidOn}T00:00:00Z`), voucherNo: p.voucherNo, confirmedById: p.actorId },
      });
    },
  });
}

/** The payment date lies between the decision and today (Beijing). */
export function checkPaidOn(paidOn: string, decidedAt: Date | null, now: Date) {
  const earliest = decidedAt ? beijingDate(decidedAt) : "0000-00-00";
  if (paidOn > beijingDate(now) || paidOn < earliest) {
    throw new ActionError("validation", { paidOn: "paid_on_range" }, { earliest, latest: beijingDate(now) });
  }
}

/**
 * Finance confirms that the approved amount was paid: the amount must equal the approved amount,
 * the date lies between the decision and today, and the voucher number is recorded. A case in a
 * payment batch is paid with its batch only. Once it has committed, a signed audit checkpoint
 * covers it; the receipts show its reference.
 */
export async function confirmPayment(user: SessionUser, raw: PaymentInput, now = new Date()) {
  const input = parseInput(paymentSchema, raw);
  if (user.role !== "finance") throw new ActionError("not_found");
  await requireCaseAccess(user, input.caseId, "read");
  const paid = await db.$transaction(async (tx) => {
    const c = (await lockCase(tx, input.caseId))!;
    if (c.status !== "payable") throw new ActionError(c.version !== input.version ? "stale" : "bad_state", undefined, { status: c.status });
    if (c.paymentBatchId) {
      const b = await tx.paymentBatch.findUnique({ where: { id: c.paymentBatchId }, select: { batchNo: true } });
      throw new ActionError("in_batch", undefined, { batchNo: b?.batchNo ?? "" });
    }
    const approvedFen = Number(c.approvedFen ?? 0n);
    if (input.amountFen !== approvedFen) throw new ActionError("amount_mismatch", { amountFen: "amount_mismatch" }, { approvedFen, amountFen: input.amountFen });
    checkPaidOn(input.paidOn, c.decidedAt, now);
    return payLockedCase(tx, c, { actorId: user.id, expectedVersion: input.version, paidOn: input.paidOn, voucherNo: input.voucherNo, now });
  });
  return { ...paid, checkpoint: await checkpointPayment(paid.id) };
}
