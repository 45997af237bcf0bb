// Writes the templates the measures name (documents[].template) under public/templates/:
//   npx tsx scripts/templates/make-templates.ts
// Every named template must have a spec (template-specs.ts), or this fails; the unit test
// lib/documents/templates.test.ts fails when a named file is missing or does not hold its spec.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PdfWriter } from "../../lib/documents/pdf-writer";
import { MEASURES } from "../../rules";
import { TEMPLATE_SPECS, type TemplateSpec } from "./template-specs";

const OUT = path.join(process.cwd(), "public", "templates");
// fixed, so a regenerated file differs only where its content does
const STAMP = new Date("2026-12-01T00:00:00Z");
const ROWS = 30;

async function xlsx(title: string, spec: Extract<TemplateSpec, { kind: "xlsx" }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "威海市科技创新政策兑现平台";
  wb.title = title;
  wb.created = wb.modified = STAMP;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 4 }], pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const n = sheet.columns.length;
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    ws.mergeCells(1, 1, 1, n);
    Object.assign(ws.getCell(1, 1), { value: spec.sheets.length > 1 ? `${title}：${sheet.name}` : title });
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(1, 1).alignment = { horizontal: "center" };
    ws.mergeCells(2, 1, 2, n);
    ws.getCell(2, 1).value = "填报单位（盖章）：                                    填报日期：";
    ws.mergeCells(3, 1, 3, n);
    ws.getCell(3, 1).value = `填写说明：${spec.notes.join(" ")}`;
    ws.getCell(3, 1).alignment = { wrapText: true, vertical: "top" };
    ws.getRow(3).height = 36;
    const header = ws.getRow(4);
    sheet.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.title;
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    });
    const border = { style: "thin" as const, color: { argb: "FF94A3B8" } };
    for (let r = 4; r <= 4 + ROWS + 1; r++) {
      for (let i = 1; i <= n; i++) ws.getCell(r, i).border = { top: border, left: border, bottom: border, right: border };
    }
    for (let r = 5; r <= 4 + ROWS; r++) {
      sheet.columns.forEach((c, i) => {
        if (i === 0 && (c.title === "序号" || c.title === "排名")) ws.getCell(r, 1).value = r - 4;
        if (c.money) ws.getCell(r, i + 1).numFmt = "#,##0.00";
        if (c.date) ws.getCell(r, i + 1).numFmt = "yyyy-mm-dd";
      });
    }
    const total = 5 + ROWS;
    ws.getCell(total, 2).value = "合计";
    ws.getCell(total, 2).font = { bold: true };
    sheet.columns.forEach((c, i) => {
      if (!c.money) return;
      const col = ws.getColumn(i + 1).letter;
      ws.getCell(total, i + 1).value = { formula: `SUM(${col}5:${col}${4 + ROWS})` };
      ws.getCell(total, i + 1).numFmt = "#,##0.00";
      ws.getCell(total, i + 1).font = { bold: true };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function pdf(title: string, spec: Extract<TemplateSpec, { kind: "pdf" }>): Promise<Buffer> {
  const w = new PdfWriter({ title, subject: `${title}（模板）` }, STAMP);
  w.title(title);
  for (const p of spec.paragraphs) w.paragraph(p);
  w.heading("单位信息");
  w.fields(spec.fields.map((label) => ({ label, value: "____________________________" })), 180);
  return w.finish();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const named = new Map<string, string>();
  for (const m of MEASURES) for (const d of m.documents) if (d.template) named.set(d.template.file, d.template.label.zh);
  for (const [file, title] of named) {
    const spec = TEMPLATE_SPECS[file];
    if (!spec) throw new Error(`no template spec for ${file} (scripts/templates/template-specs.ts)`);
    const bytes = spec.kind === "xlsx" ? await xlsx(title, spec) : await pdf(title, spec);
    writeFileSync(path.join(OUT, file), bytes);
    console.log(`${file}  ${title}  ${bytes.length} bytes`);
  }
}

void main();
