import { describe, expect, it } from "vitest";
import { dayEn, dayZh } from "@/rules/core/format";
import { formatDate, formatDateTime, formatDay, formatTime } from "./format-date";

// 13:23 UTC is 21:23 in Beijing; 17:30 UTC is already the next day there
const AT = new Date("2026-12-04T13:23:00Z");
const LATE = new Date("2026-12-31T17:30:00Z");

describe("one date format per language, in Beijing time", () => {
  it("date and time", () => {
    expect(formatDateTime(AT, "zh")).toBe("2026年12月4日 21:23");
    expect(formatDateTime(AT, "en")).toBe("4 Dec 2026, 21:23");
    expect(formatDateTime(AT.toISOString(), "en")).toBe("4 Dec 2026, 21:23");
  });

  it("an instant after 16:00 UTC is the next Beijing day", () => {
    expect(formatDateTime(LATE, "zh")).toBe("2027年1月1日 01:30");
    expect(formatDate(LATE, "zh")).toBe("2027年1月1日");
    expect(formatDate(LATE, "en")).toBe("1 Jan 2027");
  });

  it("midnight is 00:00, not 24:00", () => {
    expect(formatTime(new Date("2026-12-04T16:00:00Z"))).toBe("00:00");
    expect(formatDateTime(new Date("2026-12-04T16:00:00Z"), "en")).toBe("5 Dec 2026, 00:00");
  });

  it("a calendar day is never shifted by the time zone", () => {
    expect(formatDay("2025-12-31", "zh")).toBe("2025年12月31日");
    expect(formatDay("2025-12-31", "en")).toBe("31 Dec 2025");
    expect(formatDay(new Date("2025-12-31T00:00:00Z"), "en")).toBe("31 Dec 2025");
    expect(formatDay("not a date", "en")).toBe("not a date");
    expect(formatDay("2026-02-30", "zh")).toBe("2026-02-30");
    expect(formatDay("2025-12-31T08:00", "zh")).toBe("2025-12-31T08:00");
  });

  it("no numeric-only style (04/12/2026) in either language", () => {
    for (const l of ["zh", "en"] as const) expect(formatDateTime(AT, l)).not.toMatch(/\d+\/\d+\/\d+/);
  });
});

describe("dates inside rule reasons read as the pages write them", () => {
  it("dayZh/dayEn (rules/core/format.ts) equal formatDay for a day of every month", () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2025-${String(m).padStart(2, "0")}-${m === 2 ? "28" : "30"}`;
      expect(dayZh(iso), iso).toBe(formatDay(iso, "zh"));
      expect(dayEn(iso), iso).toBe(formatDay(iso, "en"));
    }
  });
});
