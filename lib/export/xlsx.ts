import "server-only";
import { once } from "node:events";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { log } from "../log";

// The one way the portal writes an Excel file (review queue, public notice, finance's 拨付清单):
// exceljs's streaming WorkbookWriter, fed batch by batch, each row committed to the zip as it is
// written, waiting for the reader between batches. Memory is one batch, however many rows.

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const YUAN_FMT = "#,##0.00";

export interface Column {
  header: string;
  key: string;
  width: number;
  /** a number format (money: YUAN_FMT; text that looks like a number: "@") */
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly Column[];
  pageSetup?: Partial<ExcelJS.PageSetup>;
  creator?: string;
}

/**
 * Writes one sheet to `out` as an xlsx file and returns the number of rows (not counting the header
 * or the footer). `footer`, when given, is called after the last row and its row is set in bold.
 */
export async function writeXlsx(
  out: Writable,
  spec: SheetSpec,
  batches: AsyncIterable<readonly Record<string, unknown>[]> | Iterable<readonly Record<string, unknown>[]>,
  footer?: (rows: number) => Record<string, unknown>,
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  if (spec.creator) wb.creator = spec.creator;
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }], ...(spec.pageSetup ? { pageSetup: spec.pageSetup } : {}) });
  // exceljs merges a new style object into every cell and serialises each one to find its style id
  // (the largest part of the export's time). Every cell gets its column's one shared style object
  // instead, whose id exceljs remembers (by identity) after the first row. The columns keep their
  // format too, for what is typed into them later.
  const styles: Partial<ExcelJS.Style>[] = spec.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  ws.columns = spec.columns.map((c, i) => ({ header: c.header, key: c.key, width: c.width, ...(c.numFmt ? { style: styles[i] } : {}) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  const keys = spec.columns.map((c) => c.key);
  const add = (r: Record<string, unknown>, cellStyles: readonly Partial<ExcelJS.Style>[] = styles) => {
    const row = ws.addRow(keys.map((k) => r[k] ?? null));
    for (let i = 0; i < cellStyles.length; i++) row.getCell(i + 1).style = cellStyles[i];
    return row;
  };
  let n = 0;
  for await (const rows of batches) {
    for (const r of rows) {
      add(r).commit();
      n++;
    }
    // the reader sets the pace: wait while it is behind, and while the zip's deflate is (exceljs
    // writes the sheet's XML into it without waiting: the XML of every row would pile up there)
    const zip = backedUpZipInput(ws);
    if (out.writableNeedDrain) await once(out, "drain");
    else if (zip) await Promise.race([once(zip, "drain"), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    else await new Promise((resolve) => setImmediate(resolve));
  }
  // the footer's own style objects: setting a font on a cell changes its style object, shared by the column
  if (footer) add(footer(n), styles.map((st) => ({ ...st, font: { bold: true } }))).commit();
  ws.commit();
  await wb.commit();
  return n;
}

/**
 * The zip's input stream for the sheet, when the XML written into it waits there: exceljs's
 * streaming worksheet writes to its own buffer (utils/stream-buf.js), which forwards every 64 KB to
 * the zip's entry stream without regard to its backpressure, so the XML of every row would pile up
 * before the deflate. That stream is a readable-stream 2 PassThrough (archiver's), which keeps its
 * state in _writableState. Undefined when it is not backed up, or exceljs is no longer built so.
 */
function backedUpZipInput(ws: ExcelJS.Worksheet): Writable | undefined {
  const dest = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    | (Writable & { _writableState?: { needDrain?: boolean } })
    | undefined;
  if (!dest || typeof dest.once !== "function") return undefined;
  return (dest.writableNeedDrain ?? dest._writableState?.needDrain) ? dest : undefined;
}

/** Content-Disposition with a Chinese file name (RFC 6266 / 5987) and an ASCII fallback. */
export function attachmentHeader(zhName: string, asciiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(zhName)}`;
}

/**
 * A route handler's answer that streams the workbook `write` produces as it is written. The answer
 * waits for the file's first bytes: a failure before them (the database cannot be reached, the query
 * fails) is a 503 with a message in Chinese and English, not a download that breaks off. A failure
 * after the headers went out ends the download early (logged), so the browser shows it as failed.
 */
export async function xlsxResponse(names: { zh: string; ascii: string }, write: (out: Writable) => Promise<unknown>, what: string): Promise<Response> {
  const out = new PassThrough();
  const failure = write(out).then(() => null, (e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  const reader = (Readable.toWeb(out) as ReadableStream<Uint8Array>).getReader();
  const first = reader.read();
  const early = await Promise.race([first.then(() => null, (e: unknown) => e as Error), failure]);
  if (early) {
    log.error({ err: early }, `${what} export failed`);
    out.destroy();
    first.catch(() => {});
    return new Response("导出失败，请稍后重试。\nThe export failed; please try again later.\n", {
      status: 503, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "30" },
    });
  }
  void failure.then((e) => {
    if (!e) return;
    log.error({ err: e }, `${what} export failed`);
    out.destroy(e);
  });
  const next = async (c: ReadableStreamDefaultController<Uint8Array>, read: Promise<ReadableStreamReadResult<Uint8Array>>) => {
    const r = await read;
    if (r.done) c.close();
    else c.enqueue(r.value);
  };
  const body = new ReadableStream<Uint8Array>({
    start: (c) => next(c, first),
    pull: (c) => next(c, reader.read()),
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, {
    headers: { "content-type": XLSX_MIME, "content-disposition": attachmentHeader(names.zh, names.ascii), "cache-control": "no-store" },
  });
}
