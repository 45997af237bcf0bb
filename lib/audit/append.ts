import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { auditBody, type AuditContent } from "./chain";
import { scheduleCheckpoint } from "./checkpoint";

/**
 * Appends one event inside the caller's transaction, in one round trip: the SQL function
 * audit_append (migration 20261126180000_audit_append) takes the chain's transaction lock, reads
 * the last hash and inserts the event with sha256(prev + "\n" + body). Appends are serialised by
 * that lock until the caller commits, so call this as the transaction's last write.
 */
export async function appendAudit(tx: Prisma.TransactionClient, e: Omit<AuditContent, "createdAt">): Promise<void> {
  const content: AuditContent = { ...e, data: JSON.parse(JSON.stringify(e.data ?? {})), createdAt: new Date() };
  await tx.$queryRaw`SELECT audit_append(${e.caseId}, ${e.actorId}, ${e.action}, ${e.fromStatus}, ${e.toStatus},
    ${JSON.stringify(content.data)}::jsonb, ${content.createdAt.toISOString()}, ${auditBody(content)})`;
  scheduleCheckpoint();
}
