import "server-only";
import type { Decision } from "@/rules";
import type { Prisma } from "../generated/prisma/client";

/** Stores a rules verdict as it was when a reviewer decided (purpose "decision"). */
export async function recordDecision(tx: Prisma.TransactionClient, caseId: string, d: Decision): Promise<void> {
  await tx.ruleDecision.create({
    data: {
      caseId, purpose: "decision", eligible: d.eligible, ceilingFen: BigInt(d.ceilingFen), fixed: d.fixed,
      reasons: d.reasons as never, trace: d.trace as never, rulesetVersion: d.rulesetVersion, paramsHash: d.paramsHash,
    },
  });
}
