import "server-only";
import { db } from "../db/client";
import { metrics } from "../../server/metrics.mjs";

// Gauges read from the database each time /api/metrics is scraped. Adding one is one line below:
// a name, a help text, the table it reads (the gauge is not there while that table does not
// exist, so a gauge may name a table that a later migration brings) and a query returning rows
// of { value } or { label, value }.
interface TableGauge {
  name: string;
  help: string;
  /** checked with to_regclass: a schema-qualified, quoted name as in the query */
  table: string;
  /** the label's name when the query returns one row per label value */
  label?: string;
  sql: string;
}

export const TABLE_GAUGES: TableGauge[] = [
  { name: "weihai_cases", help: "Cases by status (the queues)", table: '"Case"', label: "status", sql: `SELECT status::text AS label, count(*)::float8 AS value FROM "Case" GROUP BY status` },
  // pg-boss keeps jobs in pgboss.job; lag = how long the oldest due job has waited
  { name: "weihai_job_lag_seconds", help: "Age of the oldest job due but not started", table: "pgboss.job", sql: `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(start_after)), 0)::float8 AS value FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now()` },
  // the mail and SMS outbox: messages still to send (failed ones have given up and are counted apart)
  { name: "weihai_outbox_backlog", help: "Outbox messages not yet sent", table: '"OutboxMessage"', sql: `SELECT count(*)::float8 AS value FROM "OutboxMessage" WHERE status = 'pending'` },
  { name: "weihai_outbox_failed", help: "Outbox messages that gave up after their last attempt", table: '"OutboxMessage"', sql: `SELECT count(*)::float8 AS value FROM "OutboxMessage" WHERE status = 'failed'` },
];

async function tablePresent(table: string): Promise<boolean> {
  const [{ present }] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass(${table}) IS NOT NULL AS present`;
  return present;
}

/**
 * Registers, into the process's registry, each table gauge whose table exists (once; checked again
 * at each scrape for the others: a table arrives with a migration and does not go away).
 */
export async function registerTableGauges(): Promise<void> {
  const m = metrics();
  for (const g of TABLE_GAUGES) {
    if (m.gauges.has(g.name) || !(await tablePresent(g.table))) continue;
    if (m.gauges.has(g.name)) continue; // a scrape running at the same time registered it meanwhile
    m.gauges.add(g.name);
    new m.client.Gauge({
      name: g.name,
      help: g.help,
      labelNames: g.label ? [g.label] : [],
      registers: [m.registry],
      async collect() {
        const rows = await db.$queryRawUnsafe<{ label?: string; value: number }[]>(g.sql);
        this.reset();
        for (const r of rows) {
          if (g.label) this.set({ [g.label]: r.label ?? "" }, Number(r.value));
          else this.set(Number(r.value));
        }
      },
    });
  }
}
