import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { COUNT_CAP, decodeCursor, encodeCursor } from "./queue-filter";

export const FINANCE_TABS = ["payable", "paid"] as const;
export type FinanceTab = (typeof FINANCE_TABS)[number];

const SELECT = {
  id: true, caseNo: true, measureId: true, status: true, approvedFen: true, decidedAt: true, noticeEndsAt: true, paidAt: true,
  organisation: { select: { name: true, creditCode: true } },
  payment: { select: { paidOn: true, voucherNo: true } },
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
    const op = asc ? "gt" : "lt";
    // the leading bound lets the index scan start at the cursor (see keyset in queue.ts)
    and.push({ decidedAt: { [op === "gt" ? "gte" : "lte"]: cursor.t }, OR: [{ decidedAt: { [op]: cursor.t } }, { id: { [op]: cursor.id } }] });
  }
  const dir = asc ? "asc" : "desc";
  const [rows, counts] = await Promise.all([
    db.case.findMany({ where: { AND: and }, orderBy: [{ decidedAt: dir }, { id: dir }], take: size + 1, select: SELECT }),
    Promise.all(FINANCE_TABS.map((s) => db.case.count({ where: { status: s }, take: COUNT_CAP + 1 }))),
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
