import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** WH-2026-C09-000123: per year and clause, from a counter row locked by the upsert. */
export async function nextCaseNo(tx: Prisma.TransactionClient, year: number, measureId: string): Promise<string> {
  const clause = measureId.slice(0, 3).toUpperCase();
  const key = `${year}-${clause}`;
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "CaseCounter"(key, value) VALUES (${key}, 1)
    ON CONFLICT (key) DO UPDATE SET value = "CaseCounter".value + 1
    RETURNING value`;
  return `WH-${year}-${clause}-${String(rows[0].value).padStart(6, "0")}`;
}
