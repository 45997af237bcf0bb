import "server-only";
import pg from "pg";
import { databaseUrl } from "../env";
import { PRISMA_TYPES } from "./sql";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Reads long queries a batch at a time, every query in one snapshot. */
export interface SnapshotReader {
  /** the rows of `query` in batches through a server-side cursor named `name` (unique in the snapshot) */
  batches<T>(name: string, query: Prisma.Sql, batch?: number): AsyncGenerator<T[]>;
}

function checkCursor(name: string, batch: number) {
  if (!/^[a-z_]+$/.test(name) || !Number.isInteger(batch) || batch < 1) throw new Error("bad cursor");
}

/**
 * FETCH … until the cursor is drained: PostgreSQL runs the query once and hands it over a batch at
 * a time, so the reader holds one batch however many rows there are. The next batch is fetched
 * while the caller works on this one.
 */
async function* drain<T>(fetch: () => Promise<T[]>, close: () => Promise<unknown>, batch: number): AsyncGenerator<T[]> {
  let open = true;
  try {
    let pending = fetch();
    for (;;) {
      const rows = await pending;
      if (rows.length < batch) open = false;
      else {
        pending = fetch();
        pending.catch(() => {}); // read or not: an abandoned reader must not leave an unhandled failure
      }
      if (rows.length) yield rows;
      if (!open) return;
    }
  } finally {
    // a reader that stops early (an abandoned download) closes it; the transaction's end would too
    if (open) await close().catch(() => {});
  }
}

/** The rows of `query` in batches through a cursor in the Prisma transaction `tx` (a cursor lives as long as its transaction). */
export async function* cursorBatches<T>(tx: Tx, name: string, query: Prisma.Sql, batch = 1000): AsyncGenerator<T[]> {
  checkCursor(name, batch);
  await tx.$executeRaw(Prisma.sql`DECLARE ${Prisma.raw(name)} NO SCROLL CURSOR FOR ${query}`);
  yield* drain(() => tx.$queryRaw<T[]>(Prisma.raw(`FETCH ${batch} FROM ${name}`)), () => tx.$executeRaw(Prisma.raw(`CLOSE ${name}`)), batch);
}

async function* rawBatches<T>(c: pg.Client, name: string, query: Prisma.Sql, batch: number): AsyncGenerator<T[]> {
  checkCursor(name, batch);
  await c.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${query.text}`, query.values);
  yield* drain(async () => (await c.query(`FETCH ${batch} FROM ${name}`)).rows as T[], () => c.query(`CLOSE ${name}`), batch);
}

/**
 * Runs `read` in one read-only snapshot, for a long read such as an export or a what-if over a round.
 * Given the database client, it reads on a connection of its own with node-postgres directly, in a
 * REPEATABLE READ transaction (every query sees the same data): Prisma's row decoding was a fifth
 * of a what-if over a million cases. Given a transaction (the what-if applied inside the write that
 * follows it), it reads in that transaction.
 */
export async function readSnapshot<T>(q: Tx | PrismaClient, read: (r: SnapshotReader) => Promise<T>, timeoutMs = 10 * 60_000): Promise<T> {
  // (db is a Proxy: ask for the method, not `in`)
  if (typeof (q as { $transaction?: unknown }).$transaction !== "function") {
    const tx = q as Tx;
    return read({ batches: (name, query, batch) => cursorBatches(tx, name, query, batch) });
  }
  const c = new pg.Client({ connectionString: databaseUrl(), types: PRISMA_TYPES, statement_timeout: timeoutMs, idle_in_transaction_session_timeout: timeoutMs });
  await c.connect();
  c.on("error", () => {}); // a dropped connection fails the read in progress; it must not crash the process
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const out = await read({ batches: (name, query, batch = 1000) => rawBatches(c, name, query, batch) });
    await c.query("COMMIT");
    return out;
  } finally {
    await c.end().catch(() => {});
  }
}
