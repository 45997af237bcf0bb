import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addWorkingDays, beijingDate, endOfBeijingDay, isWorkingDay, WEEKDAYS_ONLY, workCalendar, workingDaysBetween, type WorkCalendar } from "./working-days";

// the calendar the migration ships, read from the same package (scripts/calendar/work-calendar-sql.ts)
const data = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as { holidays: Record<string, string>; workdays: Record<string, string> };
const CHINA: WorkCalendar = workCalendar([
  ...Object.keys(data.holidays).map((date) => ({ date, kind: "holiday" as const })),
  ...Object.keys(data.workdays).map((date) => ({ date, kind: "workday" as const })),
]);
const at = (s: string) => new Date(`${s}+08:00`);

describe("the China calendar", () => {
  it("a 7-working-day notice started the day before 国庆 2025 ends after the holiday", () => {
    // 2025: Oct 1–8 off (国庆 + 中秋), Sep 28 (Sun) and Oct 11 (Sat) worked
    const end = addWorkingDays(CHINA, at("2025-09-30T15:00:00"), 7);
    // Oct 9, 10, 11 (Saturday, 调休), 13, 14, 15, 16
    expect(end.toISOString()).toBe(at("2025-10-16T15:00:00").toISOString());
    expect(beijingDate(end)).toBe("2025-10-16");
    // weekdays only would have ended it inside the holiday
    expect(beijingDate(addWorkingDays(WEEKDAYS_ONLY, at("2025-09-30T15:00:00"), 7))).toBe("2025-10-09");
  });

  it("counts a 调休 Saturday as a working day and a holiday weekday as none", () => {
    expect(isWorkingDay(CHINA, at("2025-10-11T10:00:00"))).toBe(true); // Saturday, make-up
    expect(isWorkingDay(CHINA, at("2025-09-28T10:00:00"))).toBe(true); // Sunday, make-up
    expect(isWorkingDay(CHINA, at("2025-10-08T10:00:00"))).toBe(false); // Wednesday, holiday
    expect(isWorkingDay(CHINA, at("2025-10-12T10:00:00"))).toBe(false); // plain Sunday
    expect(isWorkingDay(WEEKDAYS_ONLY, at("2025-10-11T10:00:00"))).toBe(false);
    // Friday Oct 10 → Monday Oct 13 spans the make-up Saturday: 2 working days
    expect(workingDaysBetween(CHINA, at("2025-10-10T09:00:00"), at("2025-10-13T09:00:00"))).toBe(2);
  });

  it("skips 春节", () => {
    // 2026 春节: Feb 15–23 off, Feb 14 (Sat) and Feb 28 (Sat) worked
    expect(isWorkingDay(CHINA, at("2026-02-14T10:00:00"))).toBe(true);
    expect(isWorkingDay(CHINA, at("2026-02-16T10:00:00"))).toBe(false);
    expect(beijingDate(addWorkingDays(CHINA, at("2026-02-13T10:00:00"), 1))).toBe("2026-02-14");
    expect(beijingDate(addWorkingDays(CHINA, at("2026-02-14T10:00:00"), 1))).toBe("2026-02-24");
    // 2024 春节: Feb 10–17 off, Feb 4 (Sun) and Feb 18 (Sun) worked: from Thursday Feb 8 the
    // working days are Feb 9 (Fri), Feb 18 (Sun, 调休), Feb 19
    expect(beijingDate(addWorkingDays(CHINA, at("2024-02-08T10:00:00"), 3))).toBe("2024-02-19");
    expect(workingDaysBetween(CHINA, at("2024-02-08T10:00:00"), at("2024-02-19T10:00:00"))).toBe(3);
  });

  it("counts on the Beijing calendar and never backwards", () => {
    expect(workingDaysBetween(WEEKDAYS_ONLY, at("2026-11-23T09:00:00"), at("2026-11-23T18:00:00"))).toBe(0);
    expect(workingDaysBetween(WEEKDAYS_ONLY, at("2026-11-27T09:00:00"), at("2026-11-30T09:00:00"))).toBe(1);
    expect(workingDaysBetween(WEEKDAYS_ONLY, at("2026-11-25T23:30:00"), at("2026-11-26T00:30:00"))).toBe(1);
    expect(workingDaysBetween(WEEKDAYS_ONLY, at("2026-11-30T09:00:00"), at("2026-11-23T09:00:00"))).toBe(0);
    expect(endOfBeijingDay(at("2026-11-23T00:10:00")).toISOString()).toBe("2026-11-23T15:59:59.999Z");
  });

  it("addWorkingDays and workingDaysBetween agree", () => {
    const start = at("2025-09-20T10:00:00");
    for (let n = 0; n < 60; n++) expect(workingDaysBetween(CHINA, start, addWorkingDays(CHINA, start, n))).toBe(n);
    for (let d = 0; d < 60; d++) {
      let n = 0;
      for (let i = 1; i <= d; i++) if (isWorkingDay(CHINA, addDays(start, i))) n++;
      expect(workingDaysBetween(CHINA, start, addDays(start, d))).toBe(n);
    }
  });
});

describe("workingDaysBetween in closed form", () => {
  // the definition, one day at a time: what the closed form must equal
  const byLoop = (cal: WorkCalendar, start: Date, end: Date) => {
    let n = 0;
    for (let t = new Date(start.getTime() + 86_400_000); beijingDate(t) <= beijingDate(end); t = new Date(t.getTime() + 86_400_000)) {
      if (isWorkingDay(cal, t)) n++;
    }
    return n;
  };
  const iso = fc.integer({ min: 20_000, max: 20_800 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it("counts what the day-by-day definition counts, for any calendar and range", () => {
    fc.assert(
      fc.property(fc.array(iso, { maxLength: 40 }), fc.array(iso, { maxLength: 15 }), fc.integer({ min: 20_000, max: 20_800 }), fc.integer({ min: -20, max: 400 }), fc.integer({ min: 0, max: 86_399_999 }),
        (holidays, workdays, startDay, span, ms) => {
          const cal = workCalendar([...holidays.map((date) => ({ date, kind: "holiday" as const })), ...workdays.map((date) => ({ date, kind: "workday" as const }))]);
          const start = new Date(startDay * 86_400_000 + ms);
          const end = new Date(start.getTime() + span * 86_400_000 + ms / 3);
          expect(workingDaysBetween(cal, start, end)).toBe(byLoop(cal, start, end));
        }),
      { numRuns: 300 },
    );
  });
});
