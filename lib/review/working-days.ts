// Age of a case in working days (Monday to Friday, Beijing calendar). Public holidays and the
// make-up working weekends of the State Council calendar are not modelled: the figure is a queue
// hint, not a legal deadline.
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** days since 1970-01-01 of the Beijing calendar date of `d` */
function beijingDay(d: Date): number {
  return Math.floor((d.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday for a day number (1970-01-01 was a Thursday) */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/** Working days after the start date up to and including the end date (0 on the same day). */
export function workingDaysBetween(start: Date, end: Date): number {
  const a = beijingDay(start);
  const b = beijingDay(end);
  if (b <= a) return 0;
  const total = b - a;
  const weeks = Math.floor(total / 7);
  let n = weeks * 5;
  for (let day = a + weeks * 7 + 1; day <= b; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** The Beijing calendar date of a moment, YYYY-MM-DD. */
export function beijingDate(d = new Date()): string {
  return new Date(d.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `from` (notice periods are counted in calendar days). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
