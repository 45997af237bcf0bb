import "server-only";
import { PassThrough, type Writable } from "node:stream";
import { engine } from "@/rules";
import { writeXlsx, YUAN_FMT, type Column } from "../export/xlsx";
import { fenToDecimal } from "./batch-decimal";
import type { BatchCase } from "./batch-view";

// The 拨付清单 of a batch as an xlsx file (written by lib/export/xlsx.ts): one row per case with the
// account fixed at submission and the amount in yuan as a number with two decimals, then a total
// row. Money is summed in integer fen; each cell's number is parsed from the exact decimal text, so
// no float arithmetic touches it.

export const BATCH_COLUMNS: Column[] = [
  { header: "序号", key: "n", width: 6 },
  { header: "案号", key: "caseNo", width: 22 },
  { header: "单位名称", key: "org", width: 30 },
  { header: "统一社会信用代码", key: "creditCode", width: 22 },
  { header: "措施", key: "measure", width: 34 },
  { header: "开户名称", key: "accountName", width: 30 },
  { header: "开户银行", key: "bankName", width: 28 },
  { header: "账号", key: "accountNo", width: 26, numFmt: "@" },
  { header: "金额(元)", key: "yuan", width: 16, numFmt: YUAN_FMT },
];

export async function writeBatchXlsx(out: Writable, batch: { batchNo: string; cases: BatchCase[] }): Promise<number> {
  const total = batch.cases.reduce((s, c) => s + (c.approvedFen ?? 0n), 0n);
  const rows = batch.cases.map((c, i) => ({
    n: i + 1, caseNo: c.caseNo ?? "", org: c.organisation.name, creditCode: c.organisation.creditCode,
    measure: engine.measures.get(c.measureId)?.title.zh ?? c.measureId,
    accountName: c.payeeAccountName ?? "", bankName: c.payeeBankName ?? "", accountNo: c.payeeAccountNo ?? "", yuan: Number(fenToDecimal(c.approvedFen ?? 0n)),
  }));
  return writeXlsx(
    out,
    {
      name: "拨付清单", columns: BATCH_COLUMNS, creator: "威海市科技政策兑现平台",
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    },
    [rows],
    (n) => ({ n: "合计", caseNo: `${n} 笔`, yuan: Number(fenToDecimal(total)) }),
  );
}

/** The whole file in memory (tests read it back). */
export async function batchXlsx(batch: { batchNo: string; cases: BatchCase[] }): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  await writeBatchXlsx(out, batch);
  await ended;
  return Buffer.concat(chunks);
}
