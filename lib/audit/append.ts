import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { auditHash, GENESIS, type AuditContent } from "./chain";

const AUDIT_LOCK = 7_242_023;

/** Appends one event inside the caller's transaction; appends are serialised by an xact lock. */
export async function appendAudit(tx: Prisma.TransactionClient, e: Omit<AuditContent, "createdAt">): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})::text`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS;
  const createdAt = new Date();
  const content: AuditContent = { ...e, data: JSON.parse(JSON.stringify(e.data ?? {})), createdAt };
  await tx.auditEvent.create({
    data: {
      caseId: e.caseId, actorId: e.actorId, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus,
      data: content.data as Prisma.InputJsonValue, prevHash, hash: auditHash(prevHash, content), createdAt,
    },
  });
}
