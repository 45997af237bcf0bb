import "server-only";
import type { SessionUser } from "../auth/sign-in";
import { impossibleId } from "../cases/access";
import { db } from "../db/client";
import { ActionError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { MAX_BATCH_CASES } from "./batch-schemas";

// What finance's batch pages read. Only finance reads batches (they carry full account numbers).

const CASE = {
  id: true, caseNo: true, measureId: true, status: true, version: true, approvedFen: true, decidedAt: true,
  payeeAccountName: true, payeeBankName: true, payeeAccountNo: true,
  organisation: { select: { name: true, creditCode: true } },
} satisfies Prisma.CaseSelect;
export type BatchCase = Prisma.CaseGetPayload<{ select: typeof CASE }>;

function requireFinance(user: SessionUser) {
  if (user.role !== "finance") throw new ActionError("not_found");
}

const names = async (ids: (string | null)[]) => {
  const users = await db.user.findMany({ where: { id: { in: ids.filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
};

/** Payable cases in no batch, oldest decision first: what a new batch may take. */
export async function batchCandidates(user: SessionUser) {
  requireFinance(user);
  return db.case.findMany({
    where: { status: "payable", paymentBatchId: null }, orderBy: [{ decidedAt: "asc" }, { id: "asc" }], take: MAX_BATCH_CASES, select: CASE,
  });
}

/** The batches, open first then newest, with their case count and total (fen). */
export async function listBatches(user: SessionUser, take = 50) {
  requireFinance(user);
  const batches = await db.paymentBatch.findMany({ orderBy: [{ state: "asc" }, { createdAt: "desc" }], take });
  const sums = await db.case.groupBy({ by: ["paymentBatchId"], where: { paymentBatchId: { in: batches.map((b) => b.id) } }, _count: true, _sum: { approvedFen: true } });
  const by = new Map(sums.map((s) => [s.paymentBatchId, s]));
  const who = await names(batches.map((b) => b.createdById));
  return batches.map((b) => ({
    ...b, createdBy: who.get(b.createdById) ?? "", count: by.get(b.id)?._count ?? 0, totalFen: by.get(b.id)?._sum.approvedFen ?? 0n,
  }));
}

/** One batch with its cases (case number order) and the names of who assembled and who paid it. */
export async function batchDetail(user: SessionUser, id: string) {
  requireFinance(user);
  if (impossibleId(id)) throw new ActionError("not_found");
  const b = await db.paymentBatch.findUnique({ where: { id }, include: { cases: { select: CASE, orderBy: { caseNo: "asc" } } } });
  if (!b) throw new ActionError("not_found");
  const who = await names([b.createdById, b.paidById]);
  const totalFen = b.cases.reduce((s, c) => s + (c.approvedFen ?? 0n), 0n);
  return { ...b, totalFen, createdBy: who.get(b.createdById) ?? "", paidBy: b.paidById ? (who.get(b.paidById) ?? "") : null };
}
