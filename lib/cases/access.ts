import "server-only";
import { engine } from "@/rules";
import { ActionError } from "../actions/define-action";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";

/**
 * Who may see or act on a case. Anything not allowed looks exactly like a case that does not
 * exist ("not_found"), so ids cannot be probed.
 * - own: the applicant's organisation
 * - review: the lead bureau's reviewers (act); co-responsible bureaus may only read (read)
 * - finance: finance officers, once a case is approved
 * - read: any of the above, and admins
 */
export type CaseAccess = "own" | "review" | "read";

const FINANCE_VISIBLE = new Set(["approved", "in_notice", "objected", "payable", "paid"]);

export function canAccess(user: SessionUser, c: { organisationId: string; leadBureauId: string; measureId: string; status: string }, mode: CaseAccess): boolean {
  switch (user.role) {
    case "applicant":
      return mode !== "review" && !!user.organisationId && c.organisationId === user.organisationId;
    case "reviewer": {
      if (!user.bureauId) return false;
      if (c.leadBureauId === user.bureauId) return mode !== "own" && c.status !== "draft";
      const co = engine.measures.get(c.measureId)?.coBureaus ?? [];
      return mode === "read" && co.includes(user.bureauId as never) && c.status !== "draft";
    }
    case "finance":
      return mode === "read" && FINANCE_VISIBLE.has(c.status);
    case "admin":
      return mode === "read" && c.status !== "draft";
  }
}

/** an id no row can have (wrong type, too long, or a NUL that PostgreSQL would refuse with an error) */
export function impossibleId(id: unknown): boolean {
  return typeof id !== "string" || id.length > 64 || id.includes("\u0000");
}

export async function requireCaseAccess(user: SessionUser, caseId: string, mode: CaseAccess) {
  if (impossibleId(caseId)) throw new ActionError("not_found");
  const c = await db.case.findUnique({ where: { id: caseId }, include: { organisation: true } });
  if (!c || !canAccess(user, c, mode)) throw new ActionError("not_found");
  return c;
}
