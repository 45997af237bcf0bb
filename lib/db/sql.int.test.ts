import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "../testing/fresh-database";
import { useDatabase } from "../testing/test-db";

const d = freshDatabase();
const STATEMENT = `SELECT $1::int8 AS n, '2026-12-05 06:30:00.123'::timestamp AS t, '{"a":1}'::jsonb AS j, pg_sleep(0.05)::text AS slept`;

async function twoAtOnce() {
  const { sqlTransaction } = await import("./sql");
  // two connections run the same statement at the same time, three times over
  const runs = Array.from({ length: 6 }, (_, i) => sqlTransaction(async (q) => (await q.rows<{ n: bigint; t: Date; j: unknown }>(STATEMENT, [BigInt(i)]))[0]));
  return Promise.all(runs);
}

describe("lib/db/sql", () => {
  it("makes ids shaped as Prisma's cuid(), all different, across refills of its pool of randomness", async () => {
    const { newId } = await import("./sql");
    // 409 ids use up one 4 KB pool: 5,000 cross a dozen refills
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(ids.every((id) => /^c[0-9a-z]{24}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // the random part is not the same run of bytes over again after a refill
    expect(new Set(ids.map((id) => id.slice(10))).size).toBe(ids.length);
  });

  it("gives rows as Prisma does (int8 bigint, timestamp as UTC, json parsed), on several connections at once", async () => {
    const rows = await twoAtOnce();
    expect(rows.map((r) => r.n)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    expect(rows[0].t.toISOString()).toBe("2026-12-05T06:30:00.123Z");
    expect(rows[0].j).toEqual({ a: 1 });
  });

  it("rolls back what a transaction wrote when its work throws, and the connection is usable after", async () => {
    const { sql, sqlTransaction } = await import("./sql");
    await sql.rows(`CREATE TABLE IF NOT EXISTS sql_test (v text)`);
    await expect(sqlTransaction(async (q) => {
      await q.rows(`INSERT INTO sql_test (v) VALUES ($1)`, ["gone"]);
      throw new Error("stop");
    })).rejects.toThrow("stop");
    await expect(sqlTransaction((q) => q.rows(`SELECT nonsense FROM sql_test`))).rejects.toThrow();
    expect(await sql.rows(`SELECT v FROM sql_test`)).toEqual([]);
  });

  it("works on the embedded PGlite, where every connection shares one session (no prepared-statement clash)", async () => {
    const { startEmbedded } = await import("./embedded");
    const dir = mkdtempSync(`${os.tmpdir()}/wh-sql-pglite-`);
    const e = await startEmbedded(dir, 0);
    try {
      await useDatabase(e.url);
      const rows = await twoAtOnce();
      expect(rows.map((r) => r.n)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    } finally {
      await useDatabase(d.url);
      await e.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
