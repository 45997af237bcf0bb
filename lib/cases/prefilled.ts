import "server-only";
import { db } from "../db/client";

/**
 * The facts a draft started with from the organisation's profile (startDraft names them in its
 * create_draft audit event), still holding that value: what the form marks "已根据单位档案预填".
 * The caller has checked access to the case.
 */
export async function prefilledFacts(c: { id: string; facts: unknown }): Promise<string[]> {
  const e = await db.auditEvent.findFirst({ where: { caseId: c.id, action: "create_draft" }, orderBy: { id: "asc" }, select: { data: true } });
  const names = (e?.data as { prefilled?: unknown } | null)?.prefilled;
  if (!Array.isArray(names)) return [];
  const facts = (c.facts && typeof c.facts === "object" ? c.facts : {}) as Record<string, unknown>;
  return names.filter((n): n is string => typeof n === "string" && facts[n] !== undefined);
}
