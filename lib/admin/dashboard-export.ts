import "server-only";
// The dashboard as an .xlsx workbook, streamed: exceljs's streaming writer emits the zip while
// the sheets are written, so the route handler can return it as the response body at once.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { STAFF_STATUS } from "../cases/status";
import type { DashboardFigures, MoneyRow } from "./dashboard";

const YUAN = '"¥"#,##0.00';
const yuan = (fen: number) => fen / 100; // a cell value: Excel shows it with the yuan format

type Col = { header: string; key: string; width: number; money?: boolean };

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cols: Col[], rows: Record<string, unknown>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.money ? { numFmt: YUAN } : {} }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
}

const moneyCols = (zh: boolean): Col[] => [
  { header: zh ? "已提交件数" : "Submitted", key: "submitted", width: 12 },
  { header: zh ? "申报上限合计（元）" : "Requested (ceilings)", key: "requested", width: 20, money: true },
  { header: zh ? "已核定件数" : "Committed cases", key: "committed", width: 12 },
  { header: zh ? "已核定金额（元）" : "Committed", key: "committedYuan", width: 20, money: true },
  { header: zh ? "已拨付件数" : "Paid cases", key: "paid", width: 12 },
  { header: zh ? "已拨付金额（元）" : "Paid", key: "paidYuan", width: 20, money: true },
];
const moneyValues = (r: MoneyRow) => ({
  submitted: r.submitted, requested: yuan(r.requestedFen), committed: r.committed, committedYuan: yuan(r.committedFen), paid: r.paid, paidYuan: yuan(r.paidFen),
});

export async function writeDashboardXlsx(f: DashboardFigures, out: Writable, locale: "zh" | "en"): Promise<void> {
  const zh = locale === "zh";
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = zh ? "威海科技创新政策兑现平台" : "Weihai Policy Portal";
  sheet(wb, zh ? "按事项" : "By measure", [
    { header: zh ? "条款" : "Clause", key: "clause", width: 8 },
    { header: zh ? "事项编号" : "Measure", key: "measureId", width: 34 },
    { header: zh ? "事项名称" : "Title", key: "title", width: 36 },
    ...moneyCols(zh),
    { header: zh ? "预算（元）" : "Budget", key: "budget", width: 20, money: true },
    { header: zh ? "预算使用率" : "Budget used", key: "used", width: 12 },
  ], f.byMeasure.map((m) => ({
    clause: m.clause, measureId: m.measureId, title: zh ? m.titleZh : m.titleEn, ...moneyValues(m), budget: yuan(m.budgetFen),
    used: m.budgetFen > 0 ? `${((m.committedFen / m.budgetFen) * 100).toFixed(1)}%` : "—",
  })));
  sheet(wb, zh ? "按部门" : "By bureau", [
    { header: zh ? "牵头部门" : "Lead bureau", key: "bureau", width: 28 }, ...moneyCols(zh),
  ], f.byBureau.map((b) => ({ bureau: zh ? b.nameZh : b.nameEn, ...moneyValues(b) })));
  sheet(wb, zh ? "按状态" : "By status", [
    { header: zh ? "状态" : "Status", key: "status", width: 16 },
    { header: zh ? "件数" : "Cases", key: "cases", width: 10 },
    { header: zh ? "申报上限合计（元）" : "Requested (ceilings)", key: "requested", width: 20, money: true },
    { header: zh ? "核定金额（元）" : "Approved", key: "approved", width: 20, money: true },
  ], f.byStatus.map((s) => ({ status: zh ? STAFF_STATUS[s.status].zh : STAFF_STATUS[s.status].en, cases: s.cases, requested: yuan(s.requestedFen), approved: yuan(s.approvedFen) })));
  sheet(wb, zh ? "办理时长" : "Days per stage", [
    { header: zh ? "阶段" : "Stage", key: "stage", width: 20 },
    { header: zh ? "件数" : "Cases", key: "cases", width: 10 },
    { header: zh ? "平均天数" : "Average days", key: "days", width: 14 },
  ], f.stages.map((s) => ({
    stage: s.stage === "submitted_decided" ? (zh ? "提交→决定" : "Submitted → decided") : zh ? "决定→拨付" : "Decided → paid",
    cases: s.cases, days: s.avgDays === null ? "—" : Number(s.avgDays.toFixed(1)),
  })));
  await wb.commit();
}
