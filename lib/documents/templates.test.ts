// The templates the measures name exist under public/templates/ and hold what their spec says
// (scripts/templates/make-templates.ts writes them): no dead link on an apply page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MEASURES } from "@/rules";
import { TEMPLATE_SPECS } from "../../scripts/templates/template-specs";

const named = MEASURES.flatMap((m) => m.documents.filter((d) => d.template).map((d) => [m.id, d.key, d.template!] as const));

describe("document templates", () => {
  it("some materials have one, each file named once with one title", () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
    const titles = new Map<string, string>();
    for (const [, , t] of named) {
      expect(t.file).toMatch(/^[a-z0-9-]+\.(xlsx|pdf)$/);
      expect(titles.get(t.file) ?? t.label.zh).toBe(t.label.zh);
      titles.set(t.file, t.label.zh);
    }
  });

  it.each(named)("%s / %s: the file exists and holds its spec", async (_m, _k, t) => {
    const file = path.join(process.cwd(), "public", "templates", t.file);
    expect(existsSync(file)).toBe(true);
    const spec = TEMPLATE_SPECS[t.file];
    expect(spec).toBeDefined();
    const bytes = readFileSync(file);
    if (spec.kind === "pdf") {
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      return;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const [i, sheet] of spec.sheets.entries()) {
      const ws = wb.worksheets[i];
      expect(String(ws.getCell(1, 1).value)).toContain(t.label.zh);
      expect(sheet.columns.map((_, c) => ws.getRow(4).getCell(c + 1).value)).toEqual(sheet.columns.map((c) => c.title));
    }
  });
});
