// Long reads in one snapshot on a node-postgres connection of their own: an export, a what-if over
// a round. node-postgres only (no Prisma, no server-only), so that a worker thread can read a part
// of a what-if in the snapshot the request took (lib/admin/whatif-worker.ts).
import pg from "pg";

/** a parameterised statement ($1, $2 …); a Prisma.Sql is one */
export interface SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** Reads long queries a batch at a time, every query in one snapshot. */
export interface SnapshotReader {
  /** the rows of `query` in batches through a server-side cursor named `name` (unique in the snapshot) */
  batches<T>(name: string, query: SqlQuery, batch?: number): AsyncGenerator<T[]>;
}

const utc = (s: string) => new Date(s.replace(" ", "T") + "Z");
/** rows as Prisma's $queryRaw gives them: int8 as bigint, timestamp (stored in UTC, without a zone) as that instant, json parsed */
export const PRISMA_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8) return BigInt;
    if (oid === pg.types.builtins.TIMESTAMP) return utc;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/**
 * A value for a parameter: bigint as text (node-postgres cannot send bigint), a Date as the UTC
 * instant without a zone that a `timestamp(3)` column keeps (node-postgres would send the process's
 * local time with an offset, which PostgreSQL drops for a timestamp without a zone), the rest as is.
 */
export function toParam(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace("Z", "");
  return v;
}

/**
 * Every cursor here is read to its end, so the planner is told so. By default it plans a cursor for
 * its first tenth (cursor_tuple_fraction 0.1), and for the what-if's DISTINCT over a round of a
 * million cases it chose an index walk with a heap visit per case: 4.6 s, against 0.9 s for the
 * same query planned whole.
 */
export const DRAINED = "SET LOCAL cursor_tuple_fraction = 1";

export function checkCursor(name: string, batch: number) {
  if (!/^[a-z_]+$/.test(name) || !Number.isInteger(batch) || batch < 1) throw new Error("bad cursor");
}

/**
 * FETCH … until the cursor is drained: PostgreSQL runs the query once and hands it over a batch at
 * a time, so the reader holds one batch however many rows there are. The next batch is fetched
 * while the caller works on this one.
 */
export async function* drain<T>(fetch: () => Promise<T[]>, close: () => Promise<unknown>, batch: number): AsyncGenerator<T[]> {
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

async function* rawBatches<T>(c: pg.Client, name: string, query: SqlQuery, batch: number): AsyncGenerator<T[]> {
  checkCursor(name, batch);
  await c.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${query.text}`, query.values.map(toParam));
  yield* drain(async () => (await c.query(`FETCH ${batch} FROM ${name}`)).rows as T[], () => c.query(`CLOSE ${name}`), batch);
}

/** a snapshot another connection can read in (pg_export_snapshot), while the transaction that took it is open */
export interface SharedSnapshot {
  url: string;
  id: string;
}

export interface SnapshotOptions {
  timeoutMs?: number;
  /** take the snapshot of this exported one (a worker reading a part of what its request reads) */
  importId?: string;
  /** export the snapshot for other connections (not on the embedded PGlite: one session for every connection) */
  share?: boolean;
}

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i;

/**
 * Runs `read` in one read-only REPEATABLE READ transaction (every query sees the same data) on a
 * connection of its own to `url`. With `share`, `read` gets the snapshot's id for other connections
 * (null where it cannot be shared); the transaction stays open until `read` returns, so they can
 * take it until then.
 */
export async function readOnConnection<T>(url: string, read: (r: SnapshotReader, shared: SharedSnapshot | null) => Promise<T>, opts: SnapshotOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;
  if (opts.importId !== undefined && !SNAPSHOT_ID.test(opts.importId)) throw new Error("bad snapshot id");
  const c = new pg.Client({ connectionString: url, types: PRISMA_TYPES, statement_timeout: timeoutMs, idle_in_transaction_session_timeout: timeoutMs });
  await c.connect();
  c.on("error", () => {}); // a dropped connection fails the read in progress; it must not crash the process
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // the first statement of the transaction, before any query takes a snapshot
    if (opts.importId) await c.query(`SET TRANSACTION SNAPSHOT '${opts.importId}'`);
    await c.query(DRAINED);
    let shared: SharedSnapshot | null = null;
    if (opts.share) {
      const [{ v }] = (await c.query<{ v: string }>("SELECT version() AS v")).rows;
      if (!v.includes("PGlite")) shared = { url, id: (await c.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0].id };
    }
    const out = await read({ batches: (name, query, batch = 1000) => rawBatches(c, name, query, batch) }, shared);
    await c.query("COMMIT");
    return out;
  } finally {
    await c.end().catch(() => {});
  }
}
