import "server-only";
import { appendAudit } from "../audit/append";
import { checkpointPayment } from "../audit/checkpoint";
import type { SessionUser } from "../auth/sign-in";
import { impossibleId } from "../cases/access";
import { db } from "../db/client";
import { ActionError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { payeeOf } from "../organisations/bank-account-store";
import { parseInput } from "../review/input";
import { beijingDate } from "../calendar/working-days";
import {
  cancelBatchSchema, createBatchSchema, markBatchPaidSchema,
  type CancelBatchInput, type CreateBatchInput, type MarkBatchPaidInput,
} from "./batch-schemas";
import { checkPaidOn, payLockedCase } from "./payment";

// Payment batches (拨付批次, ADR 018): finance puts payable cases into a batch, exports its 拨付清单
// and, after the bank has paid, marks the whole batch paid with one voucher. A case is in at most
// one batch (Case.paymentBatchId); whoever assembled a batch cannot mark it paid (no one pays alone).

function requireFinance(user: SessionUser) {
  if (user.role !== "finance") throw new ActionError("forbidden");
}

/** Locks the cases' rows in id order (two transactions over overlapping cases cannot deadlock). */
async function lockCases(tx: Prisma.TransactionClient, where: Prisma.Sql) {
  const ids = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Case" WHERE ${where} ORDER BY id FOR UPDATE`;
  return tx.case.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: { organisation: true }, orderBy: { id: "asc" } });
}

async function lockBatch(tx: Prisma.TransactionClient, batchId: string, version: number) {
  if (impossibleId(batchId)) throw new ActionError("not_found");
  await tx.$queryRaw`SELECT 1 FROM "PaymentBatch" WHERE id = ${batchId} FOR UPDATE`;
  const b = await tx.paymentBatch.findUnique({ where: { id: batchId } });
  if (!b) throw new ActionError("not_found");
  if (b.state !== "open") throw new ActionError(b.version !== version ? "stale" : "batch_closed", undefined, { state: b.state });
  if (b.version !== version) throw new ActionError("stale");
  return b;
}

/** BF-<year>-<n>: numbered per (Beijing) year, serialised by an advisory lock. */
async function nextBatchNo(tx: Prisma.TransactionClient, now: Date) {
  const prefix = `BF-${beijingDate(now).slice(0, 4)}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`batch-no:${prefix}`}, 0))`;
  const n = await tx.paymentBatch.count({ where: { batchNo: { startsWith: prefix } } });
  return `${prefix}${String(n + 1).padStart(4, "0")}`;
}

/**
 * Puts payable cases into a new open batch. Every case must be payable, carry its fixed account and
 * be in no batch yet (in_batch names the batch holding it); the rows stay locked until the batch is
 * written, so a double click or a colleague's batch at the same moment cannot take a case twice.
 */
export async function createBatch(user: SessionUser, raw: CreateBatchInput, now = new Date()) {
  requireFinance(user);
  const input = parseInput(createBatchSchema, raw);
  if (input.caseIds.some(impossibleId)) throw new ActionError("not_found");
  return db.$transaction(async (tx) => {
    const cases = await lockCases(tx, Prisma.sql`id = ANY(${input.caseIds})`);
    if (cases.length !== input.caseIds.length) throw new ActionError("not_found");
    for (const c of cases) {
      if (c.paymentBatchId) {
        const held = await tx.paymentBatch.findUnique({ where: { id: c.paymentBatchId }, select: { batchNo: true } });
        throw new ActionError("in_batch", undefined, { caseNo: c.caseNo ?? "", batchNo: held?.batchNo ?? "" });
      }
      if (c.status !== "payable") throw new ActionError("not_payable", undefined, { caseNo: c.caseNo ?? "" });
      if (!payeeOf(c)) throw new ActionError("no_payee_account", undefined, { caseNo: c.caseNo ?? "" });
    }
    const batchNo = await nextBatchNo(tx, now);
    const batch = await tx.paymentBatch.create({ data: { batchNo, createdById: user.id, createdAt: now } });
    await tx.case.updateMany({ where: { id: { in: input.caseIds }, paymentBatchId: null }, data: { paymentBatchId: batch.id } });
    const totalFen = cases.reduce((s, c) => s + (c.approvedFen ?? 0n), 0n);
    await appendAudit(tx, {
      caseId: null, actorId: user.id, action: "payment_batch_create", fromStatus: null, toStatus: null,
      data: { batchId: batch.id, batchNo, caseIds: cases.map((c) => c.id), totalFen: totalFen.toString() },
    });
    return batch;
  });
}

/** Cancels an open batch: its cases are free for another batch or a single payment. */
export async function cancelBatch(user: SessionUser, raw: CancelBatchInput, now = new Date()) {
  requireFinance(user);
  const input = parseInput(cancelBatchSchema, raw);
  return db.$transaction(async (tx) => {
    const b = await lockBatch(tx, input.batchId, input.version);
    const cases = await lockCases(tx, Prisma.sql`"paymentBatchId" = ${b.id}`);
    await tx.case.updateMany({ where: { paymentBatchId: b.id }, data: { paymentBatchId: null } });
    const done = await tx.paymentBatch.update({ where: { id: b.id }, data: { state: "cancelled", closedAt: now, version: { increment: 1 } } });
    await appendAudit(tx, {
      caseId: null, actorId: user.id, action: "payment_batch_cancel", fromStatus: null, toStatus: null,
      data: { batchId: b.id, batchNo: b.batchNo, caseIds: cases.map((c) => c.id) },
    });
    return done;
  });
}

/**
 * Marks a batch paid in one step: in one transaction every case moves payable → paid through the
 * state machine (each with its payment record, audit event and payment notice), then the batch is
 * closed; if any case cannot be paid, nothing is. The batch row is locked and its version checked,
 * so a second click or a colleague's click finds it closed and changes nothing. The officer who
 * assembled the batch cannot mark it paid (own_batch): the second finance officer checks the list.
 */
export async function markBatchPaid(user: SessionUser, raw: MarkBatchPaidInput, now = new Date()) {
  requireFinance(user);
  const input = parseInput(markBatchPaidSchema, raw);
  const { batch, caseIds } = await db.$transaction(async (tx) => {
    const b = await lockBatch(tx, input.batchId, input.version);
    if (b.createdById === user.id) throw new ActionError("own_batch");
    const cases = await lockCases(tx, Prisma.sql`"paymentBatchId" = ${b.id}`);
    if (!cases.length) throw new ActionError("batch_empty");
    for (const c of cases) {
      if (c.status !== "payable") throw new ActionError("not_payable", undefined, { caseNo: c.caseNo ?? "" });
      checkPaidOn(input.paidOn, c.decidedAt, now);
    }
    for (const c of cases) {
      await payLockedCase(tx, c, { actorId: user.id, expectedVersion: c.version, paidOn: input.paidOn, voucherNo: input.voucherNo, now, batchNo: b.batchNo });
    }
    const totalFen = cases.reduce((s, c) => s + (c.approvedFen ?? 0n), 0n);
    const done = await tx.paymentBatch.update({
      where: { id: b.id, version: b.version, state: "open" },
      data: { state: "paid", paidById: user.id, paidAt: now, paidOn: new Date(`${input.paidOn}T00:00:00Z`), voucherNo: input.voucherNo, closedAt: now, version: { increment: 1 } },
    });
    await appendAudit(tx, {
      caseId: null, actorId: user.id, action: "payment_batch_paid", fromStatus: null, toStatus: null,
      data: { batchId: b.id, batchNo: b.batchNo, caseIds: cases.map((c) => c.id), totalFen: totalFen.toString(), paidOn: input.paidOn, voucherNo: input.voucherNo },
    });
    return { batch: done, caseIds: cases.map((c) => c.id) };
  });
  return { ...batch, checkpoint: await checkpointPayment(caseIds) };
}
