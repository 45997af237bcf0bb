// Builds a Prisma client on the pg driver adapter (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * a pool of `max` connections to `url` that keeps `min` of them open when idle; an idle connection
 * that drops is replaced, not fatal
 */
export function createPool(url: string, max = 8, min = 0): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, min: Math.min(min, max) });
  pool.on("error", () => {});
  return pool;
}

/**
 * opens the pool's `min` connections at once (a server's start), each with a round trip; returns how
 * many. Every connection that opened goes back to the pool, also when another failed (the first
 * failure is thrown then); one whose round trip failed is closed.
 */
export async function warmPool(pool: pg.Pool): Promise<number> {
  const opened = await Promise.allSettled(Array.from({ length: pool.options.min ?? 0 }, async () => {
    const c = await pool.connect();
    try {
      await c.query("SELECT 1");
      return c;
    } catch (e) {
      c.release(e as Error);
      throw e;
    }
  }));
  for (const r of opened) if (r.status === "fulfilled") r.value.release();
  const failed = opened.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return opened.length;
}

/** a Prisma client on its own pool (`url`), or on `pool` when given (shared with SQL written by hand, lib/db/sql.ts) */
export function createPrisma(url: string | pg.Pool, max = 8): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(typeof url === "string" ? { connectionString: url, max } : url),
    // a deadline rush queues transactions for a connection and the audit chain's lock: waiting
    // longer beats failing a submission (Prisma's defaults are 2 s and 5 s)
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}
export type { PrismaClient };
