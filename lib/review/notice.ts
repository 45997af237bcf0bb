import "server-only";
import { MEASURES } from "@/rules";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { keyset } from "./queue";
import { decodeCursor, encodeCursor } from "./queue-filter";

/**
 * The public notice (公示): approved cases while their notice runs or is paused by an objection.
 * Only what a notice publishes: organisation, measure, amount, dates. Nothing private.
 */
export const NOTICE_STATUSES = ["in_notice", "objected"] as const;

export interface NoticeFilter {
  q: string;
  measure: string;
  after: string;
}

type SP = Record<string, string | string[] | undefined>;
export function readNoticeFilter(sp: SP): NoticeFilter {
  const one = (k: string) => ((Array.isArray(sp[k]) ? sp[k][0] : sp[k]) ?? "").trim();
  return {
    q: one("q").slice(0, 100),
    measure: MEASURES.some((m) => m.id === one("measure")) ? one("measure") : "",
    after: decodeCursor(one("after")) ? one("after") : "",
  };
}

const NOTICE_SELECT = {
  id: true, caseNo: true, measureId: true, status: true, approvedFen: true, decidedAt: true, noticeEndsAt: true,
  organisation: { select: { name: true } },
} satisfies Prisma.CaseSelect;
export type NoticeRow = Prisma.CaseGetPayload<{ select: typeof NOTICE_SELECT }>;

function noticeWhere(f: NoticeFilter): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [{ status: { in: [...NOTICE_STATUSES] }, decidedAt: { not: null } }];
  if (f.measure) and.push({ measureId: f.measure });
  if (f.q) and.push({ OR: [{ caseNo: { contains: f.q, mode: "insensitive" } }, { organisation: { name: { contains: f.q, mode: "insensitive" } } }] });
  return { AND: and };
}

const before = (c: { t: Date; id: string }): Prisma.CaseWhereInput => keyset(c, "lt", "decidedAt");

/** Newest decisions first, keyset on (decidedAt, id). */
export async function noticePage(f: NoticeFilter, size = 30) {
  const cursor = decodeCursor(f.after);
  const rows = await db.case.findMany({
    where: cursor ? { AND: [noticeWhere(f), before(cursor)] } : noticeWhere(f),
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: NOTICE_SELECT,
  });
  const more = rows.length > size;
  if (more) rows.pop();
  const last = rows[rows.length - 1];
  return { rows, next: more && last?.decidedAt ? encodeCursor(last.decidedAt, last.id) : null };
}

export async function* noticeBatches(f: NoticeFilter, batch = 1000): AsyncGenerator<NoticeRow[]> {
  let cursor: { t: Date; id: string } | null = null;
  for (;;) {
    const rows: NoticeRow[] = await db.case.findMany({
      where: cursor ? { AND: [noticeWhere(f), before(cursor)] } : noticeWhere(f),
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: batch,
      select: NOTICE_SELECT,
    });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    const last = rows[rows.length - 1];
    cursor = { t: last.decidedAt!, id: last.id };
  }
}

/** One case as the notice publishes it, or null when it is not in notice. */
export async function noticeCase(id: string): Promise<NoticeRow | null> {
  if (typeof id !== "string" || id.length > 64) return null;
  return db.case.findFirst({ where: { id, status: { in: [...NOTICE_STATUSES] } }, select: NOTICE_SELECT });
}
