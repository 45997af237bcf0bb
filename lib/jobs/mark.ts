import "server-only";
import type { Prisma } from "../generated/prisma/client";

/**
 * Records that the reminder or flag `key` was sent, in the caller's transaction: true the first
 * time, false ever after. Two workers racing on one key: the second waits for the first's commit
 * and gets false, so the notification written beside the mark goes out once.
 */
export async function markOnce(tx: Prisma.TransactionClient, key: string, caseId: string | null = null): Promise<boolean> {
  const n = await tx.$executeRaw`INSERT INTO "JobMark" ("key", "caseId") VALUES (${key}, ${caseId}) ON CONFLICT ("key") DO NOTHING`;
  return n === 1;
}
