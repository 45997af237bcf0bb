import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { fixListOf } from "./fix-answers";

/** The fix list of the case's latest confirmed return (what the applicant was asked to fix). */
export async function latestFixList(tx: Prisma.TransactionClient, caseId: string): Promise<string[]> {
  const a = await tx.reviewAction.findFirst({
    where: { caseId, proposal: "return", state: "confirmed" },
    orderBy: [{ confirmedAt: "desc" }, { createdAt: "desc" }],
    select: { fixList: true },
  });
  return fixListOf(a?.fixList);
}
