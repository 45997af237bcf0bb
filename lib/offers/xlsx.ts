import "server-only";
// The 免申即享 spreadsheets: a measure's blank list (its columns, one example row of the formats)
// and an import's result, row by row with the reason. Small files: written in memory.
import ExcelJS from "exceljs";
import type { ImportSpec } from "./columns";
import type { ReportRow } from "./import";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxResponse(buf: ArrayBuffer | Buffer, fileName: string): Response {
  return new Response(new Uint8Array(buf as ArrayBuffer), {
    headers: { "content-type": XLSX, "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
  });
}

/** The list's header row (Chinese names, as government lists are written) with a note of each column's format. */
export async function templateXlsx(spec: ImportSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "威海科技创新政策兑现平台";
  const ws = wb.addWorksheet(spec.measure.id.slice(0, 31));
  ws.columns = spec.columns.map((c) => ({ header: c.header.zh, key: c.key, width: Math.max(16, c.header.zh.length * 2 + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(spec.columns.map((c) => {
    const f = c.field;
    if (!f) return c.key === "creditCode" ? "（18位代码）" : "（选填）";
    switch (f.kind) {
      case "money": return "（元，如 8000000 或 800万）";
      case "bool": return "（是/否）";
      case "date": return "（YYYY-MM-DD）";
      case "int": return `（整数 ${f.min}–${f.max}）`;
      case "enum": return `（${f.values.map((v) => f.labels[v].zh).join("/")}）`;
      case "multi": return `（可多项，用顿号分隔：${f.values.map((v) => f.labels[v].zh).join("、")}）`;
    }
  })).font = { italic: true, color: { argb: "FF64748B" } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const OUTCOME_ZH: Record<string, string> = { offered: "已推送", unmatched: "未匹配", ineligible: "不符合条件", invalid: "格式错误", duplicate: "重复", already: "已推送或已申报" };
const OUTCOME_EN: Record<string, string> = { offered: "Offered", unmatched: "Unmatched", ineligible: "Not eligible", invalid: "Malformed", duplicate: "Duplicate", already: "Already offered or claimed" };

export async function reportXlsx(rows: readonly ReportRow[], locale: "zh" | "en"): Promise<Buffer> {
  const zh = locale === "zh";
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(zh ? "导入结果" : "Import result", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: zh ? "行号" : "Row", key: "row", width: 8 },
    { header: zh ? "统一社会信用代码" : "Credit code", key: "creditCode", width: 22 },
    { header: zh ? "单位名称" : "Organisation", key: "name", width: 30 },
    { header: zh ? "结果" : "Outcome", key: "outcome", width: 16 },
    { header: zh ? "预计金额（元）" : "Estimated (yuan)", key: "amount", width: 16, style: { numFmt: '"¥"#,##0.00' } },
    { header: zh ? "说明" : "Reason", key: "reason", width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow({
      row: r.row, creditCode: r.creditCode, name: r.name, outcome: (zh ? OUTCOME_ZH : OUTCOME_EN)[r.outcome] ?? r.outcome,
      amount: r.ceilingFen !== undefined ? r.ceilingFen / 100 : null, reason: zh ? r.zh : r.en,
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
