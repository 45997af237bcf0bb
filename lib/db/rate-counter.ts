import "server-only";
import { db } from "./client";

// Fixed-window counters in PostgreSQL, so every server process counts together. One statement
// per hit (insert or update, returning the new count), so parallel requests cannot both read
// the same count: the 6th of 20 simultaneous hits sees 6.

/** rows whose window began longer ago than this are deleted now and then (≥ every window used) */
const PRUNE_AFTER_MS = 60 * 60_000;

/** Counts one hit on `key` in its current window of `windowMs` and returns the count including it. */
export async function hit(key: string, windowMs: number, now = new Date()): Promise<number> {
  const expired = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateCounter" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateCounter"."windowStart" <= ${expired} THEN 1 ELSE "RateCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateCounter"."windowStart" <= ${expired} THEN ${now} ELSE "RateCounter"."windowStart" END
    RETURNING "count"`;
  if (Math.random() < 0.01) await db.$executeRaw`DELETE FROM "RateCounter" WHERE "windowStart" < ${new Date(now.getTime() - PRUNE_AFTER_MS)}`;
  return Number(rows[0].count);
}

/** Gives one hit back (a reserved attempt that turned out not to count). */
export async function unhit(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateCounter" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Starts the key's count again. */
export async function resetCount(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateCounter" WHERE "key" = ${key}`;
}
