import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeXlsx, xlsxResponse } from "./xlsx";

// The streamed Excel answer of the export routes: a failure before the first byte (no database
// connection, a failing query) is a clear 503, not a download that breaks off (for the client a
// reset connection); a failure later ends the download as failed.

const names = { zh: "测试.xlsx", ascii: "test.xlsx" };
const spec = { name: "表", columns: [{ header: "编号", key: "n", width: 10 }] };

describe("xlsxResponse", () => {
  it("streams the workbook as it is written", async () => {
    const res = await xlsxResponse(names, (out) => writeXlsx(out, spec, [[{ n: 1 }, { n: 2 }], [{ n: 3 }]]), "test");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''%E6%B5%8B%E8%AF%95.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[])[1])).toEqual(["编号", 1, 2, 3]);
  });

  it("answers 503 with a message when the export fails before its first byte", async () => {
    const res = await xlsxResponse(names, async () => {
      await new Promise((r) => setTimeout(r, 20));
      throw new Error("simulated by the test: connect ECONNREFUSED");
    }, "test");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain("导出失败");
    expect(text).not.toContain("ECONNREFUSED");
  });

  it("breaks the download off when the export fails after it started", async () => {
    const res = await xlsxResponse(names, async (out) => {
      out.write(Buffer.from("PK\x03\x04 the start of a zip"));
      await new Promise((r) => setTimeout(r, 20));
      throw new Error("simulated by the test: the cursor's connection was lost");
    }, "test");
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
