// Working days as China counts them (issue 13 §2): Monday to Friday, minus the public holidays,
// plus the 调休 make-up working days (a Saturday or Sunday worked in exchange), on the Beijing
// calendar. The calendar comes from the WorkCalendarDay table (lib/calendar/calendar.ts loads
// it); a date it has no row for is a working day when it falls Monday to Friday. Pure code: the
// queue, the notice period, fix deadlines and stage limits all count with these functions.
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface WorkCalendar {
  /** public holidays, YYYY-MM-DD (weekend days inside a holiday may be listed too) */
  holidays: ReadonlySet<string>;
  /** 调休: weekend dates that are working days */
  workdays: ReadonlySet<string>;
}

/** Monday to Friday only: what a date counts as when the table has no row for it. */
export const WEEKDAYS_ONLY: WorkCalendar = { holidays: new Set(), workdays: new Set() };

export function workCalendar(rows: readonly { date: string; kind: "holiday" | "workday" }[]): WorkCalendar {
  return {
    holidays: new Set(rows.filter((r) => r.kind === "holiday").map((r) => r.date)),
    workdays: new Set(rows.filter((r) => r.kind === "workday").map((r) => r.date)),
  };
}

/** days since 1970-01-01 of the Beijing calendar date of `d` */
const beijingDay = (d: Date) => Math.floor((d.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday for a day number (1970-01-01 was a Thursday) */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

function workingDay(cal: WorkCalendar, day: number): boolean {
  const iso = isoOfDay(day);
  if (cal.workdays.has(iso)) return true;
  if (cal.holidays.has(iso)) return false;
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/** Whether the Beijing date of `d` is a working day. */
export function isWorkingDay(cal: WorkCalendar, d: Date): boolean {
  return workingDay(cal, beijingDay(d));
}

/** Monday to Friday among the days after `a` up to and including `b` (0 when b <= a), without a loop. */
function weekdaysAfter(a: number, b: number): number {
  if (b <= a) return 0;
  const span = b - a;
  let n = Math.floor(span / 7) * 5;
  for (let day = a + 1 + Math.floor(span / 7) * 7; day <= b; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}

/** the calendar's exceptions as sorted day numbers: holidays on a weekday, 调休 workdays on a weekend */
interface Exceptions {
  off: number[];
  on: number[];
}
const EXCEPTIONS = new WeakMap<WorkCalendar, Exceptions>();
const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function exceptionsOf(cal: WorkCalendar): Exceptions {
  let e = EXCEPTIONS.get(cal);
  if (!e) {
    const days = (isos: ReadonlySet<string>) => [...isos].map(dayOfIso).filter(Number.isInteger).sort((x, y) => x - y);
    const weekend = (day: number) => weekday(day) === 0 || weekday(day) === 6;
    // a date listed as both counts as a working day (workingDay checks workdays first)
    e = { off: days(cal.holidays).filter((d) => !weekend(d) && !cal.workdays.has(isoOfDay(d))), on: days(cal.workdays).filter(weekend) };
    EXCEPTIONS.set(cal, e);
  }
  return e;
}

/** how many of the sorted days fall after a, up to and including b */
function countIn(sorted: number[], a: number, b: number): number {
  const upTo = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return b <= a ? 0 : upTo(b) - upTo(a);
}

/**
 * Working days after the start date up to and including the end date (0 on the same day). Counted
 * in closed form (weekdays, minus weekday holidays, plus weekend 调休 days, found by binary search):
 * the queue and its export count it for every row.
 */
export function workingDaysBetween(cal: WorkCalendar, start: Date, end: Date): number {
  const a = beijingDay(start);
  const b = beijingDay(end);
  const e = exceptionsOf(cal);
  return weekdaysAfter(a, b) - countIn(e.off, a, b) + countIn(e.on, a, b);
}

/**
 * The moment `n` working days after `from`: the same Beijing time of day on the nth working day
 * after from's date (a notice confirmed on a Tuesday at 15:00 with 7 working days ends at 15:00 of
 * the 7th working day after that Tuesday, holidays skipped).
 */
export function addWorkingDays(cal: WorkCalendar, from: Date, n: number): Date {
  let day = beijingDay(from);
  for (let left = n; left > 0; ) {
    day++;
    if (workingDay(cal, day)) left--;
  }
  return new Date(from.getTime() + (day - beijingDay(from)) * DAY_MS);
}

/** The last moment of the Beijing date of `d` (23:59:59.999 Beijing time): a deadline "on that day". */
export function endOfBeijingDay(d: Date): Date {
  return new Date((beijingDay(d) + 1) * DAY_MS - BEIJING_OFFSET_MS - 1);
}

/** The Beijing calendar date of a moment, YYYY-MM-DD. */
export function beijingDate(d = new Date()): string {
  return isoOfDay(beijingDay(d));
}

/** The date `days` calendar days after `from`. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
