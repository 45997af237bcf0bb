import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { notifyUsers, type NotificationInput, type Recipient } from "../notifications/notify-users";
import { MEASURES } from "../../rules";
import { APPLICANT_STATUS, STAFF_STATUS, type CaseStatus } from "./status";
import { amountText, applicantNext, applicantTitle, detailLines, type Text, type TransitionFacts } from "./notify-text";

export type CaseRef = {
  id: string; caseNo: string | null; organisationId: string; leadBureauId: string; measureId: string; subject: string; roundId: string;
  noticeEndsAt: Date | null; fixDueAt: Date | null; approvedFen: bigint | null; payeeBankName: string | null; payeeAccountNo: string | null;
};

/** What staff should do now that work arrived in `to` (only statuses that bring staff work). */
const STAFF_NEXT: Partial<Record<CaseStatus, Text>> = {
  submitted: { zh: "新的申报待初审：请在审核工作台处理。", en: "A new application awaits first review: handle it in the review workspace." },
  proposed: { zh: "初审意见待复核：请由另一位审核员复核。", en: "A first review awaits confirmation by another reviewer." },
  objected: { zh: "公示期收到异议：请核查并处理。", en: "An objection was raised during the public notice: check and decide it." },
  payable: { zh: "公示期满，待拨付：请在财政工作台办理拨付。", en: "The notice period is over: pay it in the finance workspace." },
};

/** the users a transition to `to` tells, as read for it */
export type TransitionRecipient = Recipient & { organisationId: string | null };

/** who is told of a transition to `to` besides the organisation's users: the staff whose work arrives */
export function staffRoleFor(to: CaseStatus): "reviewer" | "finance" | null {
  return to === "submitted" || to === "proposed" || to === "objected" ? "reviewer" : to === "payable" ? "finance" : null;
}

/**
 * Notifications for a status change: the applicant organisation always, staff as their work arrives.
 * `data` is the transition's audit data (reason, fix list, voucher …): the applicant's message
 * carries the amount, voucher, account and deadline from it and from the case, and the next step.
 */
export async function notifyTransition(tx: Prisma.TransactionClient, c: CaseRef, from: CaseStatus, to: CaseStatus, data?: Record<string, unknown>): Promise<void> {
  const staffRole = staffRoleFor(to);
  // one query for everyone to tell: the organisation's users and, as work arrives, the staff
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { organisationId: c.organisationId },
        ...(staffRole === "reviewer" ? [{ role: "reviewer" as const, bureauId: c.leadBureauId }] : staffRole === "finance" ? [{ role: "finance" as const }] : []),
      ],
    },
    select: { id: true, organisationId: true, email: true, phone: true, role: true },
  });
  // the next stage's time limit, told to the applicant (one transaction runs one query at a time)
  const limits = to === "submitted" || to === "proposed"
    ? await tx.round.findUnique({ where: { id: c.roundId }, select: { reviewLimitDays: true, confirmLimitDays: true } })
    : null;
  await notifyUsers(tx, transitionNotifications(c, from, to, data, users, limits), users);
}

/** The notifications of a status change (notifyTransition), from the users to tell and the round's stage limits as read. */
export function transitionNotifications(
  c: CaseRef, from: CaseStatus, to: CaseStatus, data: Record<string, unknown> | undefined,
  users: readonly TransitionRecipient[], limits: TransitionFacts["limits"],
): NotificationInput[] {
  const no = c.caseNo ?? "";
  const rows: NotificationInput[] = [];
  const applicants = users.filter((u) => u.organisationId === c.organisationId);
  const staff = users.filter((u) => u.organisationId !== c.organisationId);
  const measure = MEASURES.find((m) => m.id === c.measureId)?.title ?? { zh: c.measureId, en: c.measureId };
  const facts: TransitionFacts = { ...c, limits, data };
  const about = (status: Record<CaseStatus, Text>, details: Text[], next: Text): Pick<NotificationInput, "bodyZh" | "bodyEn"> => ({
    bodyZh: [`申报编号：${no}`, `政策事项：${measure.zh}`, `申报项目：${c.subject}`, `状态变化：${status[from].zh} → ${status[to].zh}`, ...details.map((d) => d.zh), `下一步：${next.zh}`].join("\n"),
    bodyEn: [`Case number: ${no}`, `Measure: ${measure.en}`, `Project: ${c.subject}`, `Status: ${status[from].en} → ${status[to].en}`, ...details.map((d) => d.en), `Next: ${next.en}`].join("\n"),
  });
  if (APPLICANT_STATUS[from].zh !== APPLICANT_STATUS[to].zh || to === "submitted") {
    const body = about(APPLICANT_STATUS, detailLines(to, facts), applicantNext(to, facts));
    const title = applicantTitle(no, to, APPLICANT_STATUS[to], facts);
    for (const u of applicants) rows.push({ userId: u.id, caseId: c.id, titleZh: title.zh, titleEn: title.en, ...body });
  }
  const staffNext = STAFF_NEXT[to];
  // finance is told the amount it is to pay
  const staffDetails = to === "payable" && c.approvedFen !== null ? [{ zh: `核定金额：${amountText(c.approvedFen).zh}`, en: `Approved amount: ${amountText(c.approvedFen).en}` }] : [];
  const staffBody = staffNext ? about(STAFF_STATUS, staffDetails, staffNext) : {};
  for (const u of staff) {
    rows.push({ userId: u.id, caseId: c.id, titleZh: `${no} ${STAFF_STATUS[to].zh}`, titleEn: `${no}: ${STAFF_STATUS[to].en}`, ...staffBody });
  }
  return rows;
}
