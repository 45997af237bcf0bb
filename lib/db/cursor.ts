import "server-only";
import { databaseUrl } from "../env";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { checkCursor, DRAINED, drain, readOnConnection, type SharedSnapshot, type SnapshotReader, type SqlQuery } from "./snapshot-reader";

export type { SharedSnapshot, SnapshotReader, SqlQuery };

type Tx = Prisma.TransactionClient;

/** The rows of `query` in batches through a cursor in the Prisma transaction `tx` (a cursor lives as long as its transaction). */
export async function* cursorBatches<T>(tx: Tx, name: string, query: SqlQuery, batch = 1000): AsyncGenerator<T[]> {
  checkCursor(name, batch);
  await tx.$executeRawUnsafe(DRAINED);
  await tx.$executeRawUnsafe(`DECLARE ${name} NO SCROLL CURSOR FOR ${query.text}`, ...query.values);
  yield* drain(() => tx.$queryRaw<T[]>(Prisma.raw(`FETCH ${batch} FROM ${name}`)), () => tx.$executeRaw(Prisma.raw(`CLOSE ${name}`)), batch);
}

/**
 * Runs `read` in one read-only snapshot, for a long read such as an export or a what-if over a round.
 * Given the database client, it reads on a connection of its own with node-postgres directly, in a
 * REPEATABLE READ transaction (every query sees the same data): Prisma's row decoding was a fifth
 * of a what-if over a million cases. With `share`, `read` also gets the snapshot's id, for worker
 * threads to read in (null on the embedded PGlite). Given a transaction (the what-if applied inside
 * the write that follows it), it reads in that transaction, and shares nothing.
 */
export async function readSnapshot<T>(q: Tx | PrismaClient, read: (r: SnapshotReader, shared: SharedSnapshot | null) => Promise<T>, opts: { timeoutMs?: number; share?: boolean } = {}): Promise<T> {
  // (db is a Proxy: ask for the method, not `in`)
  if (typeof (q as { $transaction?: unknown }).$transaction !== "function") {
    const tx = q as Tx;
    return read({ batches: (name, query, batch) => cursorBatches(tx, name, query, batch) }, null);
  }
  return readOnConnection(databaseUrl(), read, opts);
}
