import "server-only";
import { ActionError } from "../actions/define-action";
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

/** Refuses an award the budget cannot carry, with the figures. */
export async function assertWithinBudget(tx: Tx, c: { id: string; roundId: string; measureId: string }, amountFen: number): Promise<void> {
  const b = await budgetOf(tx, c.roundId, c.measureId, c.id);
  if (amountFen > b.remainingFen) {
    throw new ActionError("over_budget", { amountFen: "over_budget" }, { amountFen, budgetFen: b.budgetFen, usedFen: b.usedFen, remainingFen: b.remainingFen });
  }
}

/**
 * Serialises approvals that share a budget (round + measure) and a history (organisation) until the
 * transaction ends, so two confirmations in flight cannot together exceed a budget or a cap.
 * Always taken in this order (budget, then organisation): no lock cycles.
 */
export async function lockForAward(tx: Tx, c: { roundId: string; measureId: string; organisationId: string }): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`budget:${c.roundId}:${c.measureId}`}))::text`;
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`org:${c.organisationId}`}))::text`;
}
