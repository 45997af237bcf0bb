import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The rows of `query` in batches through a server-side cursor (DECLARE … FETCH n): PostgreSQL runs
 * the query once and hands it over a batch at a time, so the reader holds one batch however many
 * rows there are. The next batch is fetched while the caller works on this one. Call inside a
 * transaction (a cursor lives as long as its transaction); `name` must be unique in it.
 */
export async function* cursorBatches<T>(tx: Tx, name: string, query: Prisma.Sql, batch = 1000): AsyncGenerator<T[]> {
  if (!/^[a-z_]+$/.test(name) || !Number.isInteger(batch) || batch < 1) throw new Error("bad cursor");
  await tx.$executeRaw(Prisma.sql`DECLARE ${Prisma.raw(name)} NO SCROLL CURSOR FOR ${query}`);
  const fetch = () => tx.$queryRaw<T[]>(Prisma.raw(`FETCH ${batch} FROM ${name}`));
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
    if (open) await tx.$executeRaw(Prisma.raw(`CLOSE ${name}`)).catch(() => {});
  }
}

/**
 * Runs `read` in a read-only transaction (one snapshot: rows do not shift while they are read),
 * for a long read such as an export or a what-if over a round. When `q` already is a transaction,
 * it is used as it is.
 */
export async function readSnapshot<T>(q: Tx | PrismaClient, read: (tx: Tx) => Promise<T>, timeoutMs = 10 * 60_000): Promise<T> {
  // (db is a Proxy: ask for the method, not `in`)
  if (typeof (q as { $transaction?: unknown }).$transaction !== "function") return read(q);
  return (q as PrismaClient).$transaction(async (tx) => {
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    return read(tx);
  }, { timeout: timeoutMs });
}
