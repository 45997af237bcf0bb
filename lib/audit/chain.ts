import { createHash } from "node:crypto";

// Append-only audit log with a hash chain: each event's hash covers the previous hash and the
// event's own content, so editing or deleting a row breaks every later link.
export const GENESIS = "0".repeat(64);

export interface AuditContent {
  caseId: string | null;
  actorId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: unknown;
  createdAt: Date;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
  if (v && typeof v === "object") {
    return "{" + Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => JSON.stringify(k) + ":" + canonical((v as Record<string, unknown>)[k])).join(",") + "}";
  }
  return JSON.stringify(v ?? null);
}

/** The canonical text of an event's content: what the hash covers after the previous hash. */
export function auditBody(e: AuditContent): string {
  return canonical({
    caseId: e.caseId, actorId: e.actorId, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus,
    data: e.data ?? {}, createdAt: e.createdAt.toISOString(),
  });
}

/** sha256(prev + "\n" + body); the SQL function audit_append computes the same in the database. */
export function auditHash(prevHash: string, e: AuditContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(auditBody(e)).digest("hex");
}
