import { describe, expect, it } from "vitest";
import { WEEKDAYS_ONLY, workCalendar } from "../calendar/working-days";
import { stagesAhead } from "./stages-ahead";

const at = (s: string) => new Date(`${s}+08:00`);
const ROUND = { closesAt: at("2026-12-31T17:00:00"), fixWorkingDays: 10, reviewLimitDays: 15, confirmLimitDays: 5, noticeDays: 7 };
const base = { fixDueAt: null, noticeEndsAt: null };
const day = (d: Date | null) => (d ? new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" }).format(d) : null);

describe("the stages still ahead of a case", () => {
  it("a submitted case: first review due 15 working days after submission, then confirm, notice and payment chained on", () => {
    // Monday 2026-12-07 10:00; 15 working days → Monday 2026-12-28
    const s = stagesAhead(WEEKDAYS_ONLY, { ...base, status: "submitted", statusSince: at("2026-12-07T10:00:00") }, ROUND, at("2026-12-08T09:00:00"));
    expect(s.map((x) => [x.key, x.current, x.limitDays, day(x.dueAt)])).toEqual([
      ["first_review", true, 15, "2026-12-28 23:59"],
      ["confirm", false, 5, "2027-01-04 23:59"],
      ["notice", false, 7, "2027-01-13 23:59"],
      ["payment", false, null, null],
    ]);
    expect(s[0]).toMatchObject({ daysLeft: 14, overdue: false });
  });

  it("counts holidays: a first review begun before 国庆 ends after it", () => {
    const cal = workCalendar(["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((date) => ({ date, kind: "holiday" as const })));
    const s = stagesAhead(cal, { ...base, status: "proposed", statusSince: at("2026-09-30T10:00:00") }, ROUND, at("2026-09-30T11:00:00"));
    // 5 working days after 30 Sep: 8, 9, 12, 13, 14 Oct
    expect(day(s[0].dueAt)).toBe("2026-10-14 23:59");
    expect(s.map((x) => x.key)).toEqual(["confirm", "notice", "payment"]);
  });

  it("a returned case: the fix deadline first, the later dates unknown until it is resubmitted", () => {
    const s = stagesAhead(WEEKDAYS_ONLY, { ...base, status: "returned", statusSince: at("2026-12-07T10:00:00"), fixDueAt: at("2026-12-21T23:59:59") }, ROUND, at("2026-12-09T10:00:00"));
    expect(s.map((x) => [x.key, x.limitDays, day(x.dueAt)])).toEqual([
      ["fix", 10, "2026-12-21 23:59"], ["first_review", 15, null], ["confirm", 5, null], ["notice", 7, null], ["payment", null, null],
    ]);
    expect(s[0].daysLeft).toBe(8);
  });

  it("in notice: the notice's end; objected: no date; late: overdue; final statuses: nothing ahead", () => {
    const end = at("2026-12-16T15:00:00");
    expect(stagesAhead(WEEKDAYS_ONLY, { status: "in_notice", statusSince: at("2026-12-07T15:00:00"), fixDueAt: null, noticeEndsAt: end }, ROUND, at("2026-12-08T10:00:00"))[0])
      .toMatchObject({ key: "notice", dueAt: end, daysLeft: 6 });
    expect(stagesAhead(WEEKDAYS_ONLY, { status: "objected", statusSince: at("2026-12-07T15:00:00"), fixDueAt: null, noticeEndsAt: end }, ROUND, at("2026-12-08T10:00:00"))[0])
      .toMatchObject({ key: "notice", dueAt: null, daysLeft: null });
    expect(stagesAhead(WEEKDAYS_ONLY, { ...base, status: "submitted", statusSince: at("2026-11-02T10:00:00") }, ROUND, at("2026-12-08T10:00:00"))[0])
      .toMatchObject({ key: "first_review", overdue: true, daysLeft: null });
    expect(stagesAhead(WEEKDAYS_ONLY, { ...base, status: "draft", statusSince: at("2026-12-01T10:00:00") }, ROUND, at("2026-12-08T10:00:00"))[0])
      .toMatchObject({ key: "submit", dueAt: ROUND.closesAt });
    for (const status of ["paid", "rejected", "withdrawn", "discarded"]) expect(stagesAhead(WEEKDAYS_ONLY, { ...base, status, statusSince: new Date() }, ROUND, new Date())).toEqual([]);
  });
});
