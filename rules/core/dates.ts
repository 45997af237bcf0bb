// Calendar arithmetic on ISO dates (YYYY-MM-DD) for the checks across facts. Pure, UTC.

const DAY_MS = 86_400_000;

/** days since 1970-01-01 of a valid ISO date (years before 100 too, which Date.UTC would move to 19xx) */
export function dayNumber(iso: string): number {
  const d = new Date(0);
  d.setUTCFullYear(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round(d.getTime() / DAY_MS);
}

/** days from `from` to `to`, both counted (2025-01-01..2025-01-01 is 1); 0 when `to` is earlier */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export const yearOf = (iso: string): number => +iso.slice(0, 4);
