import "server-only";

/** the counter row of a year and clause */
export function counterKey(year: number, measureId: string): string {
  return `${year}-${measureId.slice(0, 3).toUpperCase()}`;
}

/** WH-2026-C09- (a case number without its counter: WH-2026-C09-000123, nextCaseNoSql) */
export function caseNoPrefix(year: number, measureId: string): string {
  return `WH-${year}-${measureId.slice(0, 3).toUpperCase()}-`;
}

/**
 * A new case's number before the counter has given it, as wide as the number will be (six
 * characters of Unicode's private use area in place of the digits, which no form lets anyone type
 * meaningfully): the submit writes its notifications and mail with it, and the statement that takes
 * the counter puts the number in their place (lib/cases/state-machine.ts, SUBMIT_SQL).
 */
export function pendingCaseNo(year: number, measureId: string): string {
  return `${caseNoPrefix(year, measureId)}\uE000\uE001\uE002\uE003\uE004\uE005`;
}

/**
 * SQL: the next value of the counter row $key as a case number with prefix $prefix, the row locked
 * until commit; when $key is NULL (the case has its number already), no row is touched and the
 * expression gives NULL. The counter is written in six digits (more only past 999,999).
 */
export const nextCaseNoSql = (key: string, prefix: string) => `
  INSERT INTO "CaseCounter"(key, value) SELECT ${key}, 1 WHERE ${key} IS NOT NULL
  ON CONFLICT (key) DO UPDATE SET value = "CaseCounter".value + 1
  RETURNING ${prefix} || CASE WHEN value < 1000000 THEN lpad(value::text, 6, '0') ELSE value::text END AS "caseNo"`;
