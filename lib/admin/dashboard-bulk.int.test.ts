import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEASURES } from "../../rules";
import { C09_FACTS, makeApplicant, makeStaff } from "../testing/builders";
import { createTestDatabase, useDatabase, type TestDb } from "../testing/test-db";
import type { BulkSeedResult } from "../../scripts/bulk-seed";

let d: TestDb;
let seeded: BulkSeedResult;
let sql: pg.Client;
beforeAll(async () => {
  d = await createTestDatabase();
  await useDatabase(d.url);
  const { db } = await import("../db/client");
  const { seedDemo } = await import("../seed/seed");
  await seedDemo(db);
  const { bulkSeed } = await import("../../scripts/bulk-seed");
  seeded = await bulkSeed(d.url, { cases: 3000, batchSize: 700, year: 2026 });
  sql = new pg.Client({ connectionString: d.url });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  const { db } = await import("../db/client");
  await db.$disconnect();
  await d.drop();
});

const one = async <T>(q: string, v: unknown[] = []) => (await sql.query(q, v)).rows[0] as T;

describe("bulk seed", () => {
  it("creates realistic cases across organisations and statuses", async () => {
    expect(seeded).toMatchObject({ cases: 3000, organisations: 150 });
    const r = await one<Record<string, string>>(`
      SELECT count(*) AS cases, count(DISTINCT "organisationId") AS orgs, count(DISTINCT status) AS statuses, count(DISTINCT "measureId") AS measures,
             count(*) FILTER (WHERE status <> 'draft' AND ("caseNo" IS NULL OR "submittedAt" IS NULL OR "ceilingFen" IS NULL)) AS unnumbered,
             count(*) FILTER (WHERE status IN ('in_notice','objected','payable','paid') AND ("approvedFen" IS NULL OR "approvedFen" > "ceilingFen" OR "approvedFen" <= 0)) AS bad_awards,
             count(*) FILTER (WHERE status = 'paid' AND ("paidAt" IS NULL OR "decidedAt" IS NULL OR "paidAt" < "decidedAt" OR "decidedAt" < "submittedAt")) AS bad_dates,
             count(DISTINCT "caseNo") AS numbers, count("caseNo") AS numbered
      FROM "Case" WHERE "roundId" = $1`, [seeded.roundId]);
    expect(Number(r.cases)).toBe(3000);
    expect(Number(r.orgs)).toBeGreaterThan(100);
    expect(Number(r.statuses)).toBeGreaterThanOrEqual(9);
    expect(Number(r.measures)).toBeGreaterThan(35);
    expect(Number(r.unnumbered)).toBe(0);
    expect(Number(r.bad_awards)).toBe(0);
    expect(Number(r.bad_dates)).toBe(0);
    expect(r.numbers).toBe(r.numbered);
    // facts are valid for their measure, the lead bureau is the measure's
    const rows = (await sql.query(`SELECT "measureId", "leadBureauId", facts FROM "Case" WHERE "roundId" = $1 LIMIT 400`, [seeded.roundId])).rows;
    const { factsSchema } = await import("../../rules/core/fields-zod");
    for (const row of rows) {
      const m = MEASURES.find((x) => x.id === row.measureId)!;
      expect(row.leadBureauId).toBe(m.leadBureau);
      expect(factsSchema(m.fields).safeParse(row.facts).success, row.measureId).toBe(true);
    }
    expect(Number((await one<{ n: string }>(`SELECT count(*) n FROM "Payment" p JOIN "Case" c ON c.id = p."caseId" WHERE c."roundId" = $1`, [seeded.roundId])).n)).toBe(seeded.payments);
  });

  it("leaves the case-number counters ahead, so a real submission gets a fresh number", async () => {
    const { db } = await import("../db/client");
    const { startDraft, saveDraft, submitCase } = await import("../testing/applicant-services");
    const user = await makeApplicant(db);
    const draft = await startDraft(user, "c09-rnd-increment", "bulk-k1");
    const { version } = await saveDraft(user, { caseId: draft.id, version: draft.version, subject: "研发投入", facts: C09_FACTS });
    const { caseNo } = await submitCase(user, { caseId: draft.id, version, submitKey: "bulk-s1", commitment: true, acceptMissingDocuments: true });
    expect(Number((await one<{ n: string }>(`SELECT count(*) n FROM "Case" WHERE "caseNo" = $1`, [caseNo])).n)).toBe(1);
  });
});

describe("dashboard", () => {
  it("its figures equal SQL counts of the same cases, and the xlsx export carries them", async () => {
    const { db } = await import("../db/client");
    const { dashboardFigures } = await import("./dashboard");
    const admin = await makeStaff(db, "admin");
    const f = await dashboardFigures(admin, seeded.roundId);
    const byStatus = new Map((await sql.query(`SELECT status::text s, count(*)::int n FROM "Case" WHERE "roundId" = $1 GROUP BY 1`, [seeded.roundId])).rows.map((r) => [r.s, r.n]));
    for (const s of f.byStatus) expect(s.cases, s.status).toBe(byStatus.get(s.status) ?? 0);
    const tot = await one<Record<string, string>>(`
      SELECT count(*) FILTER (WHERE "submittedAt" IS NOT NULL) AS submitted,
             sum("approvedFen") FILTER (WHERE status IN ('in_notice','objected','payable','paid')) AS committed,
             sum("approvedFen") FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'paid') AS paid_n,
             avg(EXTRACT(EPOCH FROM ("paidAt" - "decidedAt")) / 86400) AS paid_days
      FROM "Case" WHERE "roundId" = $1`, [seeded.roundId]);
    expect(f.totals).toMatchObject({ cases: 3000, submitted: Number(tot.submitted), committedFen: Number(tot.committed), paidFen: Number(tot.paid), paid: Number(tot.paid_n) });
    expect(f.stages[1].avgDays).toBeCloseTo(Number(tot.paid_days), 6);
    const c09 = await one<{ n: number; fen: string }>(`SELECT count(*)::int n, sum("approvedFen") FILTER (WHERE status IN ('in_notice','objected','payable','paid'))::text fen FROM "Case" WHERE "roundId" = $1 AND "measureId" = 'c09-rnd-increment' AND "submittedAt" IS NOT NULL`, [seeded.roundId]);
    expect(f.byMeasure.find((m) => m.measureId === "c09-rnd-increment")).toMatchObject({ submitted: c09.n, committedFen: Number(c09.fen ?? 0) });
    expect(f.byBureau.reduce((s, b) => s + b.submitted, 0)).toBe(f.totals.submitted);
    expect(f.byMeasure.reduce((s, m) => s + m.budgetFen, 0)).toBe(f.totals.budgetFen);

    const { writeDashboardXlsx } = await import("./dashboard-export");
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await writeDashboardXlsx(f, out, "zh");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按事项", "按部门", "按状态", "办理时长"]);
    const sheet = wb.getWorksheet("按状态")!;
    const paidRow = sheet.getSheetValues().find((r) => Array.isArray(r) && r[1] === "已拨付") as unknown[];
    expect(paidRow[2]).toBe(byStatus.get("paid"));
  });
});
