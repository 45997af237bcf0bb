import "server-only";
import { loadWorkCalendar } from "../calendar/calendar";
import { addWorkingDays, endOfBeijingDay, workingDaysBetween } from "../calendar/working-days";
import { db } from "../db/client";
import { formatDate, formatDateTime } from "../format-date";
import { notifyUsers } from "../notifications/notify-users";
import { markOnce } from "./mark";

/** reminders go out this many working days before a deadline */
export const REMIND_WORKING_DAYS = 3;


/** the applicant organisation's active users */
const orgUsers = (organisationId: string) => db.user.findMany({ where: { organisationId, active: true }, select: { id: true } });

/**
 * Reminds the applicant of every returned case whose fix deadline is at most 3 working days away,
 * once per case and deadline (a later return sets a new deadline and earns a new reminder).
 */
export async function remindFixDeadlines(now: Date): Promise<number> {
  const cal = await loadWorkCalendar();
  const horizon = endOfBeijingDay(addWorkingDays(cal, now, REMIND_WORKING_DAYS));
  const due = await db.case.findMany({
    where: { status: "returned", fixDueAt: { gt: now, lte: horizon } },
    select: { id: true, caseNo: true, organisationId: true, fixDueAt: true },
  });
  let sent = 0;
  for (const c of due) {
    const dueAt = c.fixDueAt!;
    const users = await orgUsers(c.organisationId);
    const no = c.caseNo ?? "";
    // each language writes the day its own way (2026年12月18日 / 18 Dec 2026), in Beijing time
    const [date, dateEn] = [formatDate(dueAt, "zh"), formatDate(dueAt, "en")];
    const left = workingDaysBetween(cal, now, dueAt);
    await db.$transaction(async (tx) => {
      if (!(await markOnce(tx, `fix-due:${c.id}:${dueAt.toISOString()}`, c.id))) return;
      await notifyUsers(tx, users.map((u) => ({
        userId: u.id, caseId: c.id,
        titleZh: `申报 ${no} 请于 ${date} 前补正`,
        titleEn: `Application ${no}: correct and resubmit by ${dateEn}`,
        bodyZh: `您的申报 ${no} 已退回补正，补正期限为 ${date}（北京时间当日 24 时前），还剩 ${left} 个工作日。请登录平台，按退回意见修改后重新提交。`,
        bodyEn: `Your application ${no} was returned for correction. The deadline is ${dateEn} (end of the day, Beijing time), ${left} working day(s) from now. Please sign in, make the requested changes and resubmit.`,
      })));
      sent++;
    });
  }
  return sent;
}

/**
 * Reminds each organisation with an unsubmitted draft in an open round that closes within 3
 * working days, once per round and organisation.
 */
export async function remindRoundClosing(now: Date): Promise<number> {
  const cal = await loadWorkCalendar();
  const horizon = endOfBeijingDay(addWorkingDays(cal, now, REMIND_WORKING_DAYS));
  const rounds = await db.round.findMany({ where: { status: "open", closesAt: { gt: now, lte: horizon } }, select: { id: true, name: true, closesAt: true } });
  let sent = 0;
  for (const r of rounds) {
    const drafts = await db.case.groupBy({ by: ["organisationId"], where: { roundId: r.id, status: "draft" }, _count: true });
    const [date, dateEn] = [formatDateTime(r.closesAt, "zh"), formatDateTime(r.closesAt, "en")];
    for (const d of drafts) {
      const users = await orgUsers(d.organisationId);
      await db.$transaction(async (tx) => {
        if (!(await markOnce(tx, `round-close:${r.id}:${d.organisationId}`))) return;
        await notifyUsers(tx, users.map((u) => ({
          userId: u.id,
          titleZh: `申报批次「${r.name}」将于 ${date} 截止`,
          titleEn: `Round "${r.name}" closes on ${dateEn}`,
          bodyZh: `贵单位在「${r.name}」中有 ${d._count} 份申请尚未提交（草稿）。本批次将于 ${date}（北京时间）截止受理，请在截止前完成填写并提交；截止后草稿不能再提交。`,
          bodyEn: `Your organisation has ${d._count} unsubmitted draft application(s) in "${r.name}". The round closes on ${dateEn} (Beijing time): please complete and submit them before then; a draft cannot be submitted after the round closes.`,
        })));
        sent++;
      });
    }
  }
  return sent;
}
