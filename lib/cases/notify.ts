import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { APPLICANT_STATUS, STAFF_STATUS, type CaseStatus } from "./status";

type CaseRef = { id: string; caseNo: string | null; organisationId: string; leadBureauId: string };

/** In-app notifications for a status change: the applicant organisation always, staff as their work arrives. */
export async function notifyTransition(tx: Prisma.TransactionClient, c: CaseRef, from: CaseStatus, to: CaseStatus): Promise<void> {
  const no = c.caseNo ?? "";
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const applicants = await tx.user.findMany({ where: { organisationId: c.organisationId, active: true }, select: { id: true } });
  if (APPLICANT_STATUS[from].zh !== APPLICANT_STATUS[to].zh || to === "submitted") {
    for (const u of applicants) {
      rows.push({
        userId: u.id, caseId: c.id,
        titleZh: `申报 ${no} 状态：${APPLICANT_STATUS[to].zh}`, titleEn: `Application ${no}: ${APPLICANT_STATUS[to].en}`,
      });
    }
  }
  let staff: { id: string }[] = [];
  if (to === "submitted" || to === "proposed" || to === "objected") {
    staff = await tx.user.findMany({ where: { role: "reviewer", bureauId: c.leadBureauId, active: true }, select: { id: true } });
  } else if (to === "payable") {
    staff = await tx.user.findMany({ where: { role: "finance", active: true }, select: { id: true } });
  }
  for (const u of staff) {
    rows.push({ userId: u.id, caseId: c.id, titleZh: `${no} ${STAFF_STATUS[to].zh}`, titleEn: `${no}: ${STAFF_STATUS[to].en}` });
  }
  if (rows.length) await tx.notification.createMany({ data: rows });
}
