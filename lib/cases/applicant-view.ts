import "server-only";
import { engine } from "@/rules";
import type { Reason } from "@/rules";
import { attachmentFileName } from "../attachments/file-name";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { asCheckpointRef } from "../audit/checkpoint-file";
import { db } from "../db/client";
import { requireCaseAccess } from "./access";
import { fixListOf } from "./fix-answers";

// What the applicant's pages read. Writes live in drafts.ts, submit.ts and withdraw.ts.

/** The organisation's cases for "my cases": drafts first, then the most recently changed. */
export async function listOrgCases(user: SessionUser) {
  if (!user.organisationId) return [];
  const rows = await db.case.findMany({
    // a deleted draft leaves the list (its audit trail stays)
    where: { organisationId: user.organisationId, status: { not: "discarded" } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, caseNo: true, measureId: true, subject: true, status: true, ceilingFen: true, approvedFen: true, updatedAt: true, fixDueAt: true },
    take: 500,
  });
  const rank = (s: string) => (s === "draft" ? 0 : s === "returned" ? 1 : 2);
  return rows
    .map((r) => ({ ...r, measure: engine.measures.get(r.measureId) ?? null }))
    .sort((a, b) => rank(a.status) - rank(b.status));
}

/** The reviewer's request of the latest confirmed return: reason and the list of things to fix. */
export async function returnRequest(caseId: string) {
  const a = await db.reviewAction.findFirst({
    where: { caseId, proposal: "return", state: "confirmed" },
    orderBy: [{ confirmedAt: "desc" }, { createdAt: "desc" }],
    select: { reason: true, fixList: true, confirmedAt: true, createdAt: true },
  });
  if (!a) return null;
  return { reason: a.reason ?? "", fixList: fixListOf(a.fixList), at: a.confirmedAt ?? a.createdAt };
}

/** Everything the applicant's case page shows; not_found for anyone outside the organisation. */
export async function applicantCase(user: SessionUser, caseId: string) {
  const c = await requireCaseAccess(user, caseId, "own");
  const [bureau, round, attachments, revisions, decision, request, payment] = await Promise.all([
    db.bureau.findUnique({ where: { id: c.leadBureauId } }),
    db.round.findUnique({
      where: { id: c.roundId },
      select: { name: true, opensAt: true, closesAt: true, status: true, fixWorkingDays: true, reviewLimitDays: true, confirmLimitDays: true, noticeDays: true },
    }),
    db.attachment.findMany({ where: { caseId: c.id }, orderBy: { createdAt: "asc" }, select: { id: true, slot: true, fileName: true, size: true, mime: true, createdAt: true } }),
    db.caseRevision.findMany({ where: { caseId: c.id }, orderBy: { revision: "desc" } }),
    db.ruleDecision.findFirst({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } }),
    c.status === "returned" ? returnRequest(c.id) : Promise.resolve(null),
    c.status === "paid" ? db.payment.findUnique({ where: { caseId: c.id }, select: { paidOn: true, checkpoint: true } }) : Promise.resolve(null),
  ]);
  const measure = engine.measures.get(c.measureId);
  if (!measure) throw new ActionError("not_found");
  return {
    // names as downloads send them: rows stored before names were cleaned show no bidi tricks either
    case: c, measure, bureau, round, attachments: attachments.map((a) => ({ ...a, fileName: attachmentFileName(a.fileName, a.mime) })), revisions, request,
    payment: payment && { paidOn: payment.paidOn, checkpoint: asCheckpointRef(payment.checkpoint) },
    decision: decision && {
      eligible: decision.eligible, ceilingFen: Number(decision.ceilingFen), fixed: decision.fixed,
      reasons: decision.reasons as unknown as Reason[], createdAt: decision.createdAt, purpose: decision.purpose,
    },
  };
}

/** The organisation's unfinished applications for a measure (drafts, and cases returned for fixing), newest first. */
export async function unfinishedCases(user: SessionUser, measureId: string) {
  if (!user.organisationId) return [];
  return db.case.findMany({
    where: { organisationId: user.organisationId, measureId, status: { in: ["draft", "returned"] } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, subject: true, status: true, updatedAt: true },
  });
}
