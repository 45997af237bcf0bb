import "server-only";
import { engine } from "@/rules";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { sql } from "../db/sql";
import type { Prisma } from "../generated/prisma/client";
import { isAwarded } from "./transitions";

/**
 * Who may see or act on a case. Anything not allowed looks exactly like a case that does not
 * exist ("not_found"), so ids cannot be probed.
 * - own: the applicant's organisation
 * - review: the lead bureau's reviewers (act); co-responsible bureaus may only read (read)
 * - finance: finance officers, once a case is approved
 * - read: any of the above, and admins
 */
export type CaseAccess = "own" | "review" | "read";


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
      return mode === "read" && isAwarded(c.status);
    case "admin":
      return mode === "read" && c.status !== "draft";
  }
}

/** an id no row can have (wrong type, too long, or a NUL that PostgreSQL would refuse with an error) */
export function impossibleId(id: unknown): boolean {
  return typeof id !== "string" || id.length > 64 || id.includes("\u0000");
}

/** what the access check reads of a case, and its version: one statement on the pool (the save's and upload's, ADR 027) */
export type CaseAccessRow = { organisationId: string; leadBureauId: string; measureId: string; status: string; version: number };
const CASE_ACCESS_SQL = `SELECT "organisationId", "leadBureauId", "measureId", status::text AS status, version FROM "Case" WHERE id = $1`;

/** the case's access row as it is now (no lock), or undefined */
export async function caseAccessRow(caseId: string): Promise<CaseAccessRow | undefined> {
  return (await sql.rows<CaseAccessRow>(CASE_ACCESS_SQL, [caseId]))[0];
}

/** requireCaseAccess without Prisma, for the hot writes that only need the access row */
export async function requireCaseAccessRow(user: SessionUser, caseId: string, mode: CaseAccess): Promise<CaseAccessRow> {
  if (impossibleId(caseId)) throw new ActionError("not_found");
  const c = await caseAccessRow(caseId);
  if (!c || !canAccess(user, c, mode)) throw new ActionError("not_found");
  return c;
}

export async function requireCaseAccess(user: SessionUser, caseId: string, mode: CaseAccess) {
  if (impossibleId(caseId)) throw new ActionError("not_found");
  const c = await db.case.findUnique({ where: { id: caseId }, include: { organisation: true } });
  if (!c || !canAccess(user, c, mode)) throw new ActionError("not_found");
  return c;
}

/**
 * Reads a case with its row locked until the transaction ends: every writer of a case's facts,
 * attachments or status takes this lock first, so a submit evaluates, signs and stores exactly
 * the facts no one else can change meanwhile. null when there is no such case.
 */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<LockedCase | null> {
  if (impossibleId(caseId)) return null;
  // the lock and the row in one statement (raw rows come typed as Prisma's: bigint, Date, parsed JSON)
  const [c] = await tx.$queryRaw<Omit<LockedCase, "organisation">[]>`SELECT * FROM "Case" WHERE id = ${caseId} FOR UPDATE`;
  if (!c) return null;
  return { ...c, organisation: await tx.organisation.findUniqueOrThrow({ where: { id: c.organisationId } }) };
}

export type LockedCase = Prisma.CaseGetPayload<{ include: { organisation: true } }>;

/** lockCase for someone who must have access; not_found otherwise (as requireCaseAccess). */
export async function requireLockedCase(tx: Prisma.TransactionClient, user: SessionUser, caseId: string, mode: CaseAccess) {
  const c = await lockCase(tx, caseId);
  if (!c || !canAccess(user, c, mode)) throw new ActionError("not_found");
  return c;
}
