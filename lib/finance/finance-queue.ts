import "server-only";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { cappedCounts, keyset } from "../review/queue";
import { decodeCursor, encodeCursor } from "../review/queue-filter";

export const FINANCE_TABS = ["payable", "paid"] as const;
export type FinanceTab = (typeof FINANCE_TABS)[number];

const SELECT = {
  id: true, caseNo: true, measureId: true, status: true, approvedFen: true, decidedAt: true, noticeEndsAt: true, paidAt: true,
  organisation: { select: { name: true, creditCode: true } },
  payment: { select: { paidOn: true, voucherNo: true } },
  payeeBankName: true, payeeAccountNo: true, paymentBatch: { select: { id: true, batchNo: true } },
} satisfies Prisma.CaseSelect;
export type FinanceRow = Prisma.CaseGetPayload<{ select: typeof SELECT }>;

/**
 * Finance's list: cases awaiting payment (oldest decision first) or paid (newest first), keyset
 * on (decidedAt, id), with a search by case number or organisation.
 */
export async function financePage(tab: FinanceTab, q: string, after: string, size = 25) {
  const asc = tab === "payable";
  const cursor = decodeCursor(after);
  const and: Prisma.CaseWhereInput[] = [{ status: tab, decidedAt: { not: null } }];
  if (q) and.push({ OR: [{ caseNo: { contains: q, mode: "insensitive" } }, { organisation: { name: { contains: q, mode: "insensitive" } } }] });
  if (cursor) {
    and.push(keyset(cursor, asc ? "gt" : "lt", "decidedAt"));
  }
  const dir = asc ? "asc" : "desc";
  const [rows, counts] = await Promise.all([
    db.case.findMany({ where: { AND: and }, orderBy: [{ decidedAt: dir }, { id: dir }], take: size + 1, select: SELECT }),
    cappedCounts(FINANCE_TABS.map((s) => Prisma.sql`c.status = CAST(${s} AS "CaseStatus")`)),
  ]);
  const more = rows.length > size;
  if (more) rows.pop();
  const last = rows[rows.length - 1];
  return {
    rows,
    next: more && last?.decidedAt ? encodeCursor(last.decidedAt, last.id) : null,
    counts: Object.fromEntries(FINANCE_TABS.map((s, i) => [s, counts[i]])) as Record<FinanceTab, number>,
  };
}
