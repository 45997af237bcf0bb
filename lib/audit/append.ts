import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { auditBody, type AuditContent } from "./chain";
import { scheduleCheckpoint } from "./checkpoint";

/** The arguments of audit_append after case, actor, action and statuses: the data as JSON, the time, the canonical body. */
export function auditArgs(e: Omit<AuditContent, "createdAt">, createdAt = new Date()): { data: string; createdAt: string; body: string } {
  const content: AuditContent = { ...e, data: JSON.parse(JSON.stringify(e.data ?? {})), createdAt };
  return { data: JSON.stringify(content.data), createdAt: createdAt.toISOString(), body: auditBody(content) };
}

/**
 * Appends one event inside the caller's transaction, in one round trip: the SQL function
 * audit_append (migration 20261126180000_audit_append) takes the chain's transaction lock, reads
 * the last hash and inserts the event with sha256(prev + "\n" + body). Appends are serialised by
 * that lock until the caller commits, so call this as the transaction's last write.
 * (lib/cases/submit.ts calls audit_append in its own last statement, with auditArgs.)
 */
export async function appendAudit(tx: Prisma.TransactionClient, e: Omit<AuditContent, "createdAt">): Promise<void> {
  const a = auditArgs(e);
  await tx.$queryRaw`SELECT audit_append(${e.caseId}, ${e.actorId}, ${e.action}, ${e.fromStatus}, ${e.toStatus},
    ${a.data}::jsonb, ${a.createdAt}, ${a.body})`;
  scheduleCheckpoint();
}
