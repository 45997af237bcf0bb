import { describe, expect, it } from "vitest";
import { addDays, workingDaysBetween } from "./working-days";

const at = (s: string) => new Date(`${s}+08:00`);

describe("workingDaysBetween", () => {
  it("counts Monday to Friday in the Beijing calendar", () => {
    expect(workingDaysBetween(at("2026-11-23T09:00:00"), at("2026-11-23T18:00:00"))).toBe(0); // Monday, same day
    expect(workingDaysBetween(at("2026-11-23T09:00:00"), at("2026-11-24T08:00:00"))).toBe(1);
    expect(workingDaysBetween(at("2026-11-27T09:00:00"), at("2026-11-30T09:00:00"))).toBe(1); // Friday → Monday
    expect(workingDaysBetween(at("2026-11-28T09:00:00"), at("2026-11-29T09:00:00"))).toBe(0); // Saturday → Sunday
    expect(workingDaysBetween(at("2026-11-23T09:00:00"), at("2026-12-07T09:00:00"))).toBe(10); // two weeks
    expect(workingDaysBetween(at("2026-11-25T23:30:00"), at("2026-11-26T00:30:00"))).toBe(1); // midnight in Beijing, not UTC
  });

  it("is never negative", () => {
    expect(workingDaysBetween(at("2026-11-30T09:00:00"), at("2026-11-23T09:00:00"))).toBe(0);
  });

  it("agrees with counting day by day", () => {
    const start = at("2026-01-01T10:00:00");
    for (let d = 0; d < 60; d++) {
      let n = 0;
      for (let i = 1; i <= d; i++) {
        const w = new Date(start.getTime() + i * 86_400_000 + 8 * 3_600_000).getUTCDay();
        if (w !== 0 && w !== 6) n++;
      }
      expect(workingDaysBetween(start, addDays(start, d))).toBe(n);
    }
  });
});
