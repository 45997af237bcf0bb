import { PassThrough, Writable } from "node:stream";
import v8 from "node:v8";
import vm from "node:vm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { C09_FACTS, makeApplicant, makeRound, makeStaff } from "../testing/builders";
import { freshDatabase } from "../testing/fresh-database";
import { readNoticeFilter } from "./notice";
import { readQueueFilter } from "./queue-filter";

freshDatabase();

async function collect(write: (out: PassThrough) => Promise<number>): Promise<{ rows: number; buf: Buffer }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on("end", r));
  const rows = await write(out);
  await ended;
  return { rows, buf: Buffer.concat(chunks) };
}

async function sheetOf(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return wb.worksheets[0];
}

describe("excel export", () => {
  it("the queue and the notice open in Excel with Chinese headers and amounts in yuan", async () => {
    const { db } = await import("../db/client");
    const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
    const { propose } = await import("./propose");
    const { confirm } = await import("./confirm");
    const { exportQueue, exportNotice, QUEUE_COLUMNS } = await import("./export");
    await makeRound(db, { measures: ["c09-rnd-increment"] });
    const user = await makeApplicant(db);
    const [a, b] = [await makeStaff(db, "reviewer", "sci-tech"), await makeStaff(db, "reviewer", "sci-tech")];
    const draft = await startDraft(user, "c09-rnd-increment", "export-1");
    const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "2025年度研发投入", facts: C09_FACTS });
    const { caseNo } = await submitCase(user, { caseId: draft.id, version, submitKey: "export-s1", commitment: true, acceptMissingDocuments: true });
    const org = await db.organisation.findUniqueOrThrow({ where: { id: user.organisationId! } });

    const q = await collect((out) => exportQueue(out, a, readQueueFilter({ tab: "review" })));
    expect(q.rows).toBe(1);
    const ws = await sheetOf(q.buf);
    expect(ws.getRow(1).values).toEqual([undefined, ...QUEUE_COLUMNS.map((c) => c.header)]);
    expect(ws.getRow(1).getCell(1).value).toBe("申报编号");
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe(caseNo);
    expect(row.getCell(2).value).toBe(org.name);
    expect(row.getCell(3).value).toBe(org.creditCode);
    expect(row.getCell(6).value).toBe("待审核");
    expect(row.getCell(9).value).toBe(75000); // ¥75,000.00 ceiling
    expect(row.getCell(9).numFmt).toBe("#,##0.00");
    expect(row.getCell(12).value).toBe("牵头审核");

    // another bureau's reviewer exports nothing of it
    const other = await makeStaff(db, "reviewer", "industry-it");
    expect((await collect((out) => exportQueue(out, other, readQueueFilter({ tab: "all" })))).rows).toBe(0);

    const p = await propose(a, { caseId: draft.id, version: version + 1, proposal: "approve", amountFen: 7_000_050, reason: "部分费用不予认定" });
    await confirm(b, { caseId: draft.id, version: p.version, note: "" });
    const n = await collect((out) => exportNotice(out, readNoticeFilter({})));
    expect(n.rows).toBe(1);
    const ns = await sheetOf(n.buf);
    expect(ns.getRow(1).getCell(1).value).toBe("申报编号");
    expect(ns.getRow(1).getCell(4).value).toBe("拟支持金额（元）");
    expect(ns.getRow(2).getCell(2).value).toBe(org.name);
    expect(ns.getRow(2).getCell(4).value).toBe(70000.5);
    expect(ns.getRow(2).getCell(6).value).toBe("公示中");
    // nothing private in the notice: no credit code, no contact
    expect(JSON.stringify(ns.getRow(2).values)).not.toContain(org.creditCode);
  });

  it("100,000 rows stream out in batches with flat memory", async () => {
    const { db } = await import("../db/client");
    const { exportQueue } = await import("./export");
    const reviewer = await makeStaff(db, "reviewer", "sci-tech");
    const round = await db.round.findFirstOrThrow();
    const org = await db.organisation.findFirstOrThrow();
    // bulk rows straight in SQL: this measures the export, not the submission path
    await db.$executeRawUnsafe(`
      INSERT INTO "Case" (id, "caseNo", "organisationId", "measureId", "roundId", "leadBureauId", subject, facts, status, "ceilingFen", "createdById", "submittedAt", "updatedAt")
      SELECT 'bulk' || g, 'WH-2026-C09-B' || lpad(g::text, 6, '0'), $1, 'c09-rnd-increment', $2, 'sci-tech', '批量', '{}'::jsonb, 'submitted', 100000 + g, $3,
             now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, 100000) g`, org.id, round.id, reviewer.id);
    // live heap (after a full collection) sampled while the file is written
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const live = () => (gc(), process.memoryUsage().heapUsed);
    let bytes = 0;
    let chunks = 0;
    let peak = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        if (++chunks % 50 === 0) peak = Math.max(peak, live());
        cb();
      },
    });
    const start = live();
    const done = new Promise((r) => sink.on("finish", r));
    const rows = await exportQueue(sink, reviewer, readQueueFilter({ tab: "review" }));
    await done;
    expect(rows).toBe(100_000); // the first test's case is in notice by now, not in this tab
    expect(bytes).toBeGreaterThan(1_000_000);
    console.log(`export: ${rows} rows, ${bytes} bytes in ${chunks} chunks, live heap growth ${Math.round((peak - start) / 1048576)} MB`);
    // a workbook built in memory holds every row (hundreds of MB for 100,000); streaming holds one batch
    expect(chunks).toBeGreaterThan(100);
    expect(peak - start).toBeLessThan(40 * 1024 * 1024);
  }, 240_000);
});
