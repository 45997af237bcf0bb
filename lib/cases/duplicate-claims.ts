import "server-only";
// measures.md general rule 8 (duplicate claims in flight): an applicant may not have two live
// cases for the same measure and the same subject — for c09 the same fiscalYear, otherwise the
// same subject (for a *once* measure the policy says so; for the others we read it the same way).
// The submit function refuses the second one; a reviewer opening either case sees the other.
import type { Prisma } from "../generated/prisma/client";
import { CASE_STATUSES, LIVE, type CaseStatus } from "./transitions";

type Tx = Prisma.TransactionClient;

/** Measures whose subject of a claim is a year fact, not the typed subject (c09: the year's increment is claimed once). */
const YEAR_KEYED: Readonly<Record<string, string>> = { "c09-rnd-increment": "fiscalYear" };

/** what a reviewer is warned about: every case that was ever submitted and not withdrawn */
export const WARN_STATUSES: CaseStatus[] = CASE_STATUSES.filter((s) => s !== "draft" && s !== "withdrawn" && s !== "discarded");

/** The typed subject as compared: width-folded (NFKC), case-folded, whitespace collapsed. */
export function normaliseSubject(subject: string): string {
  return subject.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * What makes two claims of one measure the same claim: `fy:2025` for c09, else `s:<normalised
 * subject>`. null when there is nothing to compare (no subject, no year): such a case matches none.
 */
export function claimKey(measureId: string, subject: string, facts: unknown): string | null {
  const yearFact = YEAR_KEYED[measureId];
  if (yearFact !== undefined) {
    const y = facts !== null && typeof facts === "object" ? (facts as Record<string, unknown>)[yearFact] : undefined;
    return typeof y === "number" && Number.isInteger(y) ? `fy:${y}` : null;
  }
  const s = normaliseSubject(subject);
  return s ? `s:${s}` : null;
}

/** The year a measure's claims are keyed by (c09: its fiscalYear), null for a measure keyed by subject. */
export function claimYear(measureId: string, facts: unknown): number | null {
  const k = claimKey(measureId, "", facts);
  return k !== null && k.startsWith("fy:") ? Number(k.slice(3)) : null;
}

export interface ClaimRef {
  caseId: string;
  organisationId: string;
  measureId: string;
  subject: string;
  facts: unknown;
}

/** The organisation's other cases of the same measure and claim key in the given statuses, oldest submission first. */
export async function sameClaimCases(tx: Tx, ref: ClaimRef, statuses: readonly CaseStatus[]) {
  const key = claimKey(ref.measureId, ref.subject, ref.facts);
  if (key === null) return [];
  const rows = await tx.case.findMany({
    where: { organisationId: ref.organisationId, measureId: ref.measureId, id: { not: ref.caseId }, status: { in: [...statuses] } },
    select: { id: true, caseNo: true, status: true, subject: true, facts: true, organisationId: true, leadBureauId: true, measureId: true, submittedAt: true },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return rows
    .filter((r) => claimKey(ref.measureId, r.subject, r.facts) === key)
    .map(({ subject: _s, facts: _f, ...r }) => ({ ...r, status: r.status as CaseStatus }));
}

/**
 * Rule 8 on rows the caller already read (submit reads the organisation's cases once for this and
 * for the award history): the live cases other than ref of the same measure and claim key, oldest first.
 */
export function duplicatesAmong(ref: ClaimRef, rows: readonly { id: string; caseNo: string | null; status: string; measureId: string; subject: string; facts: unknown; submittedAt: Date | null }[]): DuplicateClaim[] {
  const key = claimKey(ref.measureId, ref.subject, ref.facts);
  if (key === null) return [];
  return rows
    .filter((r) => r.id !== ref.caseId && r.measureId === ref.measureId && (LIVE as readonly string[]).includes(r.status) && claimKey(ref.measureId, r.subject, r.facts) === key)
    .sort((a, b) => (a.submittedAt?.getTime() ?? Infinity) - (b.submittedAt?.getTime() ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({ id: r.id, caseNo: r.caseNo, status: r.status as CaseStatus }));
}

export interface DuplicateClaim {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
}

/**
 * Rule 8: the organisation's OTHER live cases (submitted, proposed, returned, in_notice, objected,
 * payable) of the same measure and claim key (claimKey). [] when there is none.
 */
export async function findDuplicateClaims(tx: Tx, input: ClaimRef): Promise<DuplicateClaim[]> {
  const rows = await sameClaimCases(tx, input, LIVE);
  return rows.map((r) => ({ id: r.id, caseNo: r.caseNo, status: r.status }));
}
