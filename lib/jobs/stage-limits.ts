import "server-only";
import { loadWorkCalendar } from "../calendar/calendar";
import { addDays } from "../calendar/working-days";
import { db } from "../db/client";
import { notifyUsers } from "../notifications/notify-users";
import { LIMITED_STATUSES, stageLate, type Stage } from "../review/stage-limits";
import { markOnce } from "./mark";

const STAGE_TEXT: Record<Stage, { zh: string; en: string }> = {
  first_review: { zh: "初审（提出审核意见）", en: "first review (a proposal)" },
  confirm: { zh: "复核确认（第二人确认）", en: "confirmation by a second reviewer" },
};

/**
 * Tells the lead bureau's reviewers about every case that has waited in first review or in
 * confirmation longer than its round allows, once per case and stage visit.
 */
export async function flagLateStages(now: Date): Promise<number> {
  const cal = await loadWorkCalendar();
  const rounds = await db.round.findMany({ select: { id: true, reviewLimitDays: true, confirmLimitDays: true } });
  let sent = 0;
  for (const r of rounds) {
    // a stage longer than N working days is longer than N calendar days: only older cases can be late
    const oldest = addDays(now, -Math.min(r.reviewLimitDays, r.confirmLimitDays));
    const cases = await db.case.findMany({
      where: { roundId: r.id, status: { in: LIMITED_STATUSES as never[] }, statusSince: { lt: oldest } },
      select: { id: true, caseNo: true, status: true, statusSince: true, leadBureauId: true },
    });
    for (const c of cases) {
      const late = stageLate(cal, c, r, now);
      if (!late) continue;
      const reviewers = await db.user.findMany({ where: { role: "reviewer", bureauId: c.leadBureauId, active: true }, select: { id: true } });
      const no = c.caseNo ?? "";
      const s = STAGE_TEXT[late.stage];
      await db.$transaction(async (tx) => {
        if (!(await markOnce(tx, `stage-late:${c.id}:${late.stage}:${c.statusSince.toISOString()}`, c.id))) return;
        await notifyUsers(tx, reviewers.map((u) => ({
          userId: u.id, caseId: c.id,
          titleZh: `${no} 已超过${s.zh}时限`,
          titleEn: `${no}: ${s.en} is overdue`,
          bodyZh: `申报 ${no} 在“${s.zh}”环节已等待 ${late.days} 个工作日，超过本批次规定的 ${late.limit} 个工作日。请尽快处理（审核队列中已标为“超期”）。`,
          bodyEn: `Application ${no} has waited ${late.days} working days for ${s.en}, more than the round's limit of ${late.limit}. Please deal with it soon (it is marked "overdue" in the review queue).`,
        })));
        sent++;
      });
    }
  }
  return sent;
}
