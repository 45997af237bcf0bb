import "server-only";

/** the counter row of a year and clause */
export function counterKey(year: number, measureId: string): string {
  return `${year}-${measureId.slice(0, 3).toUpperCase()}`;
}

/** the next value of a counter row, locked by the upsert until commit ($1: the key) */
export const COUNTER_SQL = `INSERT INTO "CaseCounter"(key, value) VALUES ($1, 1)
  ON CONFLICT (key) DO UPDATE SET value = "CaseCounter".value + 1
  RETURNING value`;

/** WH-2026-C09-000123 */
export function caseNoOf(year: number, measureId: string, value: number): string {
  return `WH-${year}-${measureId.slice(0, 3).toUpperCase()}-${String(value).padStart(6, "0")}`;
}
