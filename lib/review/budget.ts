import "server-only";
import { ActionError } from "../errors";
import { AWARDED } from "../cases/status";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface BudgetFigures {
  budgetFen: number;
  usedFen: number;
  remainingFen: number;
}

/**
 * What is left of a round's budget for one measure: RoundMeasure.budgetFen minus what the round's
 * cases of that measure hold as approved (approved, in notice, objected, payable or paid).
 */
export async function budgetOf(tx: Tx, roundId: string, measureId: string, excludeCaseId?: string): Promise<BudgetFigures> {
  const [rm, used] = await Promise.all([
    tx.roundMeasure.findUnique({ where: { roundId_measureId: { roundId, measureId } }, select: { budgetFen: true } }),
    tx.case.aggregate({
      where: { roundId, measureId, status: { in: AWARDED }, ...(excludeCaseId ? { id: { not: excludeCaseId } } : {}) },
      _sum: { approvedFen: true },
    }),
  ]);
  const budgetFen = Number(rm?.budgetFen ?? 0n);
  const usedFen = Number(used._sum.approvedFen ?? 0n);
  return { budgetFen, usedFen, remainingFen: Math.max(0, budgetFen - usedFen) };
}

export interface RoundBudgetFigures {
  totalFen: number;
  usedFen: number;
  remainingFen: number;
}

/** What is left of a round's total budget: Round.totalBudgetFen minus the awards committed over all its measures. */
export async function roundBudgetOf(tx: Tx, roundId: string, excludeCaseId?: string): Promise<RoundBudgetFigures> {
  const [round, used] = await Promise.all([
    tx.round.findUnique({ where: { id: roundId }, select: { totalBudgetFen: true } }),
    tx.case.aggregate({
      where: { roundId, status: { in: AWARDED }, ...(excludeCaseId ? { id: { not: excludeCaseId } } : {}) },
      _sum: { approvedFen: true },
    }),
  ]);
  const totalFen = Number(round?.totalBudgetFen ?? 0n);
  const usedFen = Number(used._sum.approvedFen ?? 0n);
  return { totalFen, usedFen, remainingFen: Math.max(0, totalFen - usedFen) };
}

/** Refuses an award the measure's budget or the round's total cannot carry, with the figures. */
export async function assertWithinBudget(tx: Tx, c: { id: string; roundId: string; measureId: string }, amountFen: number): Promise<void> {
  const [b, r] = await Promise.all([budgetOf(tx, c.roundId, c.measureId, c.id), roundBudgetOf(tx, c.roundId, c.id)]);
  if (amountFen > b.remainingFen) {
    throw new ActionError("over_budget", { amountFen: "over_budget" }, { amountFen, budgetFen: b.budgetFen, usedFen: b.usedFen, remainingFen: b.remainingFen });
  }
  if (amountFen > r.remainingFen) {
    throw new ActionError("over_round_budget", { amountFen: "over_round_budget" }, { amountFen, totalFen: r.totalFen, usedFen: r.usedFen, remainingFen: r.remainingFen });
  }
}

/**
 * Serialises approvals that share a budget (the round's total, and so each of its measures' budgets)
 * and a history (organisation) until the transaction ends, so two confirmations in flight cannot
 * together exceed a budget or a cap. Always taken in this order (round, then organisation): no lock cycles.
 */
export async function lockForAward(tx: Tx, c: { roundId: string; organisationId: string }): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`round:${c.roundId}`}))::text`;
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`org:${c.organisationId}`}))::text`;
}
