import "server-only";
import type { Decision } from "@/rules";
import { factsHash } from "../canonical-json";
import type { Prisma } from "../generated/prisma/client";

/** Stores a rules verdict as it was when a reviewer decided (purpose "decision"). */
export async function recordDecision(tx: Prisma.TransactionClient, c: { id: string; facts: unknown }, d: Decision): Promise<void> {
  await tx.ruleDecision.create({
    data: {
      caseId: c.id, factsHash: factsHash(c.facts), purpose: "decision", eligible: d.eligible, ceilingFen: BigInt(d.ceilingFen), fixed: d.fixed,
      reasons: d.reasons as never, trace: d.trace as never, rulesetVersion: d.rulesetVersion, paramsHash: d.paramsHash,
    },
  });
}
