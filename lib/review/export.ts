import "server-only";
import type { Writable } from "node:stream";
import { engine } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { STAFF_STATUS, type CaseStatus } from "../cases/status";
import { db } from "../db/client";
import { readSnapshot } from "../db/cursor";
import { Prisma } from "../generated/prisma/client";
import { noticeBatches, type NoticeFilter } from "./notice";
import { countWhereSql, resolveSearch } from "./queue";
import type { QueueFilter } from "./queue-filter";
import { loadWorkCalendar } from "../calendar/calendar";
import { workingDaysBetween, type WorkCalendar } from "../calendar/working-days";
import { writeXlsx, YUAN_FMT, type Column } from "../export/xlsx";

export { attachmentHeader } from "../export/xlsx";

// Excel exports of the review queue and the public notice (lib/export/xlsx.ts writes them). The
// queue is read through one server-side cursor in a read-only transaction, 1,000 rows a batch, so
// memory does not grow with the number of rows. Headers are Chinese; amounts are yuan with two decimals.

// Beijing time has been UTC+8 all year since 1992 (no daylight saving): "YYYY-MM-DD HH:MM" by
// arithmetic, as Intl.DateTimeFormat("sv-SE", Asia/Shanghai) writes it, at a fraction of its cost per row
const BEIJING_MS = 8 * 3_600_000;
const beijingIso = (d: Date) => new Date(d.getTime() + BEIJING_MS).toISOString();
const when = (d: Date | null | undefined) => (d ? beijingIso(d).slice(0, 16).replace("T", " ") : "");
const day = (d: Date | null | undefined) => (d ? beijingIso(d).slice(0, 10) : "");
/** fen → yuan for a spreadsheet cell (an exact decimal of two places) */
const yuan = (fen: bigint | null | undefined) => (fen === null || fen === undefined ? null : Number(fen) / 100);
const measureTitle = (id: string) => engine.measures.get(id)?.title.zh ?? id;

export const QUEUE_COLUMNS: Column[] = [
  { header: "申报编号", key: "caseNo", width: 22 },
  { header: "申报单位", key: "org", width: 32 },
  { header: "统一社会信用代码", key: "creditCode", width: 22 },
  { header: "政策事项", key: "measure", width: 34 },
  { header: "申报批次", key: "round", width: 24 },
  { header: "状态", key: "status", width: 12 },
  { header: "提交时间", key: "submittedAt", width: 18 },
  { header: "已用工作日", key: "age", width: 10 },
  { header: "最高可获（元）", key: "ceiling", width: 16, numFmt: YUAN_FMT },
  { header: "核定金额（元）", key: "approved", width: 16, numFmt: YUAN_FMT },
  { header: "公示截止", key: "noticeEndsAt", width: 12 },
  { header: "职责", key: "role", width: 12 },
];

/** one row of the queue export as the cursor reads it */
export interface QueueExportRow {
  caseNo: string | null;
  status: string;
  measureId: string;
  leadBureauId: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  paidAt: Date | null;
  noticeEndsAt: Date | null;
  ceilingFen: bigint | null;
  approvedFen: bigint | null;
  orgName: string;
  creditCode: string;
  roundName: string;
}

export function queueRecord(r: QueueExportRow, user: SessionUser, now: Date, cal: WorkCalendar): Record<string, unknown> {
  const end = r.paidAt ?? r.decidedAt ?? now;
  return {
    caseNo: r.caseNo ?? "", org: r.orgName, creditCode: r.creditCode, measure: measureTitle(r.measureId),
    round: r.roundName, status: STAFF_STATUS[r.status as CaseStatus]?.zh ?? r.status, submittedAt: when(r.submittedAt),
    age: r.submittedAt ? workingDaysBetween(cal, r.submittedAt, end) : null, ceiling: yuan(r.ceilingFen), approved: yuan(r.approvedFen),
    noticeEndsAt: day(r.noticeEndsAt), role: user.role === "reviewer" && r.leadBureauId !== user.bureauId ? "协办（只读）" : "牵头审核",
  };
}

async function* mapBatches<T>(src: AsyncIterable<T[]>, f: (x: T) => Record<string, unknown>) {
  for await (const rows of src) yield rows.map(f);
}

/**
 * The queue under the filter `f` (the same filter as the /review page: countWhereSql, compared with
 * its Prisma twin by queue.int.test.ts), every row, in the page's order.
 */
export async function exportQueue(out: Writable, user: SessionUser, f: QueueFilter, now = new Date()): Promise<number> {
  const [cal, search] = await Promise.all([loadWorkCalendar(), resolveSearch(f.q)]);
  const dir = Prisma.raw(f.sort === "desc" ? "DESC" : "ASC");
  const query = Prisma.sql`
    SELECT c."caseNo", c.status::text AS status, c."measureId", c."leadBureauId", c."submittedAt", c."decidedAt", c."paidAt", c."noticeEndsAt",
           c."ceilingFen", c."approvedFen", o.name AS "orgName", o."creditCode", r.name AS "roundName"
    FROM "Case" c JOIN "Organisation" o ON o.id = c."organisationId" JOIN "Round" r ON r.id = c."roundId"
    WHERE ${countWhereSql(user, f, search)}
    ORDER BY c."submittedAt" ${dir}, c.id ${dir}`;
  return readSnapshot(db, (reader) =>
    writeXlsx(out, { name: "审核队列", columns: QUEUE_COLUMNS }, mapBatches(reader.batches<QueueExportRow>("queue_export", query), (r) => queueRecord(r, user, now, cal))),
  );
}

export const NOTICE_COLUMNS: Column[] = [
  { header: "申报编号", key: "caseNo", width: 22 },
  { header: "单位名称", key: "org", width: 32 },
  { header: "政策事项", key: "measure", width: 34 },
  { header: "拟支持金额（元）", key: "amount", width: 18, numFmt: YUAN_FMT },
  { header: "公示截止日期", key: "noticeEndsAt", width: 14 },
  { header: "状态", key: "status", width: 14 },
];

export async function exportNotice(out: Writable, f: NoticeFilter): Promise<number> {
  return writeXlsx(out, { name: "公示名单", columns: NOTICE_COLUMNS }, mapBatches(noticeBatches(f), (r) => ({
    caseNo: r.caseNo ?? "", org: r.organisation.name, measure: measureTitle(r.measureId), amount: yuan(r.approvedFen),
    noticeEndsAt: day(r.noticeEndsAt), status: r.status === "objected" ? "异议核查中" : "公示中",
  })));
}
