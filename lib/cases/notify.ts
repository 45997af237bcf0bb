import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { APPLICANT_STATUS, STAFF_STATUS, type CaseStatus } from "./status";

type CaseRef = { id: string; caseNo: string | null; organisationId: string; leadBureauId: string };

/** In-app notifications for a status change: the applicant organisation always, staff as their work arrives. */
export async function notifyTransition(tx: Prisma.TransactionClient, c: CaseRef, from: CaseStatus, to: CaseStatus): Promise<void> {
  const no = c.caseNo ?? "";
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const staffRole = to === "submitted" || to === "proposed" || to === "objected" ? "reviewer" : to === "payable" ? "finance" : null;
  // one query for everyone to tell: the organisation's users and, as work arrives, the staff
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { organisationId: c.organisationId },
        ...(staffRole === "reviewer" ? [{ role: "reviewer" as const, bureauId: c.leadBureauId }] : staffRole === "finance" ? [{ role: "finance" as const }] : []),
      ],
    },
    select: { id: true, organisationId: true },
  });
  const applicants = users.filter((u) => u.organisationId === c.organisationId);
  const staff = users.filter((u) => u.organisationId !== c.organisationId);
  if (APPLICANT_STATUS[from].zh !== APPLICANT_STATUS[to].zh || to === "submitted") {
    for (const u of applicants) {
      rows.push({
        userId: u.id, caseId: c.id,
        titleZh: `申报 ${no} 状态：${APPLICANT_STATUS[to].zh}`, titleEn: `Application ${no}: ${APPLICANT_STATUS[to].en}`,
      });
    }
  }
  for (const u of staff) {
    rows.push({ userId: u.id, caseId: c.id, titleZh: `${no} ${STAFF_STATUS[to].zh}`, titleEn: `${no}: ${STAFF_STATUS[to].en}` });
  }
  if (rows.length) await tx.notification.createMany({ data: rows });
}
