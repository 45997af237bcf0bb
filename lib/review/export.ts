import "server-only";
import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { engine } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { STAFF_STATUS, type CaseStatus } from "../cases/status";
import { noticeBatches, type NoticeFilter } from "./notice";
import { queueBatches, type QueueRow } from "./queue";
import type { QueueFilter } from "./queue-filter";
import { workingDaysBetween } from "./working-days";

// Excel exports of the review queue and the public notice. They stream: rows are read by keyset
// in batches and each row is committed to the zip as it is written, so the memory used does not
// grow with the number of rows. Headers are Chinese; amounts are yuan with two decimals.

export interface Column {
  header: string;
  key: string;
  width: number;
  money?: boolean;
}

const YUAN_FMT = "#,##0.00";
const DATETIME = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
const DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const when = (d: Date | null | undefined) => (d ? DATETIME.format(d) : "");
const day = (d: Date | null | undefined) => (d ? DATE.format(d) : "");
/** fen → yuan for a spreadsheet cell (an exact decimal of two places) */
const yuan = (fen: bigint | null | undefined) => (fen === null || fen === undefined ? null : Number(fen) / 100);
const measureTitle = (id: string) => engine.measures.get(id)?.title.zh ?? id;

/** Writes one sheet of rows to `out` as an xlsx file, batch by batch, waiting when the reader is slower. */
export async function writeXlsx(out: Writable, sheetName: string, columns: Column[], batches: AsyncIterable<Record<string, unknown>[]>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.money ? { numFmt: YUAN_FMT } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for await (const rows of batches) {
    for (const r of rows) {
      ws.addRow(r).commit();
      n++;
    }
    if (out.writableNeedDrain) await once(out, "drain");
  }
  ws.commit();
  await wb.commit();
  return n;
}

export const QUEUE_COLUMNS: Column[] = [
  { header: "申报编号", key: "caseNo", width: 22 },
  { header: "申报单位", key: "org", width: 32 },
  { header: "统一社会信用代码", key: "creditCode", width: 22 },
  { header: "政策事项", key: "measure", width: 34 },
  { header: "申报批次", key: "round", width: 24 },
  { header: "状态", key: "status", width: 12 },
  { header: "提交时间", key: "submittedAt", width: 18 },
  { header: "已用工作日", key: "age", width: 10 },
  { header: "最高可获（元）", key: "ceiling", width: 16, money: true },
  { header: "核定金额（元）", key: "approved", width: 16, money: true },
  { header: "公示截止", key: "noticeEndsAt", width: 12 },
  { header: "职责", key: "role", width: 12 },
];

export function queueRecord(r: QueueRow, user: SessionUser, now: Date): Record<string, unknown> {
  const end = r.paidAt ?? r.decidedAt ?? now;
  return {
    caseNo: r.caseNo ?? "", org: r.organisation.name, creditCode: r.organisation.creditCode, measure: measureTitle(r.measureId),
    round: r.round.name, status: STAFF_STATUS[r.status as CaseStatus]?.zh ?? r.status, submittedAt: when(r.submittedAt),
    age: r.submittedAt ? workingDaysBetween(r.submittedAt, end) : null, ceiling: yuan(r.ceilingFen), approved: yuan(r.approvedFen),
    noticeEndsAt: day(r.noticeEndsAt), role: user.role === "reviewer" && r.leadBureauId !== user.bureauId ? "协办（只读）" : "牵头审核",
  };
}

async function* mapBatches<T>(src: AsyncIterable<T[]>, f: (x: T) => Record<string, unknown>) {
  for await (const rows of src) yield rows.map(f);
}

export async function exportQueue(out: Writable, user: SessionUser, f: QueueFilter, now = new Date()): Promise<number> {
  return writeXlsx(out, "审核队列", QUEUE_COLUMNS, mapBatches(queueBatches(user, f), (r) => queueRecord(r, user, now)));
}

export const NOTICE_COLUMNS: Column[] = [
  { header: "申报编号", key: "caseNo", width: 22 },
  { header: "单位名称", key: "org", width: 32 },
  { header: "政策事项", key: "measure", width: 34 },
  { header: "拟支持金额（元）", key: "amount", width: 18, money: true },
  { header: "公示截止日期", key: "noticeEndsAt", width: 14 },
  { header: "状态", key: "status", width: 14 },
];

export async function exportNotice(out: Writable, f: NoticeFilter): Promise<number> {
  return writeXlsx(out, "公示名单", NOTICE_COLUMNS, mapBatches(noticeBatches(f), (r) => ({
    caseNo: r.caseNo ?? "", org: r.organisation.name, measure: measureTitle(r.measureId), amount: yuan(r.approvedFen),
    noticeEndsAt: day(r.noticeEndsAt), status: r.status === "objected" ? "异议核查中" : "公示中",
  })));
}

/** Content-Disposition with a Chinese file name (RFC 6266 / 5987) and an ASCII fallback. */
export function attachmentHeader(zhName: string, asciiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(zhName)}`;
}

