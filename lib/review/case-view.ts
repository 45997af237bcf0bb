import "server-only";
import type { Decision } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { canAccess, requireCaseAccess } from "../cases/access";
import { claimYear, sameClaimCases, WARN_STATUSES } from "../cases/duplicate-claims";
import { evaluateCase } from "../cases/rules-input";
import { AWARDED, type CaseStatus } from "../cases/status";
import { caseTimeline } from "../cases/timeline";
import { dutyOf } from "../cases/transitions";
import { db } from "../db/client";
import { budgetOf, roundBudgetOf } from "./budget";
import type { FactLocale } from "../format-fact";
import { diffRevisions, factRows, type FactChange } from "./facts-display";
import { diffAttachments, revisionFiles, type SlotChange } from "./attachments-diff";
import { storedFixAnswers, type FixAnswer } from "../cases/fix-answers";
import { engine } from "@/rules";

const RERUN: CaseStatus[] = ["submitted", "proposed"];

/**
 * Everything a staff member sees about one case: facts, files, the rules' verdicts (stored and, while
 * the case awaits a decision, as the rules would decide now), the organisation's other cases and
 * awards, the other cases that are the same claim (rule 8), what changed between submissions, the
 * review steps, objections and the timeline.
 * Throws not_found (as requireCaseAccess) when the user may not read the case.
 */
export async function staffCaseView(user: SessionUser, caseId: string, locale: FactLocale) {
  await requireCaseAccess(user, caseId, "read");
  const c = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      organisation: true, round: true, leadBureau: true, payment: true,
      attachments: { orderBy: { createdAt: "asc" } },
      revisions: { orderBy: { revision: "asc" } },
      reviewActions: { orderBy: { createdAt: "asc" } },
      objections: { orderBy: { createdAt: "asc" } },
      decisions: { orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const status = c.status as CaseStatus;
  const [live, others, budget, roundBudget, timeline, sameClaim] = await Promise.all([
    RERUN.includes(status) ? evaluateCase(db, c) : Promise.resolve(null as Decision | null),
    db.case.findMany({
      where: { organisationId: c.organisationId, id: { not: c.id }, status: { not: "draft" }, submittedAt: { not: null } },
      select: {
        id: true, caseNo: true, measureId: true, status: true, capYear: true, ceilingFen: true, approvedFen: true,
        submittedAt: true, organisationId: true, leadBureauId: true, round: { select: { year: true } }, payment: { select: { amountFen: true, paidOn: true } },
      },
      orderBy: { submittedAt: "desc" },
      take: 200,
    }),
    budgetOf(db, c.roundId, c.measureId),
    roundBudgetOf(db, c.roundId),
    caseTimeline(c.id),
    // rule 8: the same claim (measure + subject key) in any other case ever submitted and not withdrawn
    sameClaimCases(db, { caseId: c.id, organisationId: c.organisationId, measureId: c.measureId, subject: c.subject, facts: c.facts }, WARN_STATUSES),
  ]);
  const userIds = [...new Set([
    ...c.reviewActions.flatMap((r) => [r.proposedById, r.confirmedById]),
    ...c.objections.flatMap((o) => [o.resolvedById, o.dismissProposedById]),
    c.payment?.confirmedById,
  ].filter((x): x is string => !!x))];
  const names = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));

  const slotOrder = (engine.measures.get(c.measureId)?.documents ?? []).map((d) => d.key);
  // each resubmission: what changed in the facts and in the documents (by content), and the answers to the fix list
  const revisions: { revision: number; submittedAt: Date; changes: FactChange[] | null; files: SlotChange[] | null; fixAnswers: FixAnswer[] }[] = c.revisions.map((r, i) => ({
    revision: r.revision,
    submittedAt: r.submittedAt,
    changes: i === 0 ? null : diffRevisions(c.measureId, c.revisions[i - 1], r, locale),
    files: i === 0 ? null : diffAttachments(revisionFiles(c.revisions[i - 1].attachments), revisionFiles(r.attachments), slotOrder),
    fixAnswers: storedFixAnswers(r.fixAnswers),
  }));
  const awardedByYear = new Map<number, number>();
  for (const o of others) {
    if (!AWARDED.includes(o.status as CaseStatus)) continue;
    const y = o.capYear ?? o.round.year;
    awardedByYear.set(y, (awardedByYear.get(y) ?? 0) + Number(o.approvedFen ?? 0n));
  }
  const stored = c.decisions[0] ?? null;
  return {
    c,
    facts: factRows(c.measureId, c.facts, locale),
    stored: stored && {
      eligible: stored.eligible, ceilingFen: stored.ceilingFen, fixed: stored.fixed, purpose: stored.purpose, createdAt: stored.createdAt,
      reasons: stored.reasons as unknown as Decision["reasons"], trace: stored.trace as unknown as Decision["trace"],
      rulesetVersion: stored.rulesetVersion, paramsHash: stored.paramsHash,
    },
    live,
    ledger: others.map((o) => ({ ...o, readable: canAccess(user, o, "read") })),
    sameClaim: {
      year: claimYear(c.measureId, c.facts),
      cases: sameClaim.map((o) => ({ id: o.id, caseNo: o.caseNo, status: o.status, readable: canAccess(user, o, "read") })),
    },
    awardedByYear: [...awardedByYear.entries()].sort((a, b) => b[0] - a[0]),
    revisions,
    budget,
    roundBudget,
    timeline,
    nameOf: (id: string | null | undefined) => (id ? names.get(id) ?? "—" : "—"),
    pending: c.reviewActions.find((r) => r.state === "pending") ?? null,
    openObjections: c.objections.filter((o) => o.state === "open"),
    /** the parts this user already took on the case (separation of duties: the buttons follow it) */
    myDuties: [...new Set(timeline.filter((e) => e.actorId === user.id).map((e) => dutyOf(e.action)).filter((x) => !!x))],
  };
}

export type StaffCaseView = Awaited<ReturnType<typeof staffCaseView>>;
