import "server-only";
import { Prisma } from "../generated/prisma/client";
import { engine } from "@/rules";
import type { Applicant, Decision, DeepPartial, HistoryEntry, RuleParams } from "@/rules";
import { AWARDED, historyStatusOf, type CaseStatus } from "./status";

type Tx = Prisma.TransactionClient;

type RoundForParams = { params: unknown; noticeDays: number };

export type LprRow = { lpr: { month: string; bp: number }[]; known: unknown };

/** the LPR table and its "known through" month as two output columns (lpr, known), to read with whatever else is read */
export const LPR_SQL = Prisma.sql`coalesce((SELECT json_agg(json_build_object('month', month, 'bp', bp) ORDER BY month) FROM "LprRate"), '[]'::json) AS lpr,
  (SELECT value FROM "Setting" WHERE key = 'lprKnownThrough') AS known`;

/** The rules' parameters of a round: its overrides with the LPR table laid over them. */
export function paramsOf(round: RoundForParams | null | undefined, lprRow: LprRow): DeepPartial<RuleParams> {
  const over = (round?.params && typeof round.params === "object" ? round.params : {}) as DeepPartial<RuleParams>;
  return {
    ...over,
    noticeDays: round?.noticeDays ?? 7,
    lpr: {
      entries: lprRow.lpr.length ? lprRow.lpr.map((r) => ({ from: r.month, bp: r.bp })) : undefined,
      knownThrough: typeof lprRow.known === "string" ? lprRow.known : undefined,
    } as DeepPartial<RuleParams>["lpr"],
  };
}

/**
 * The round's parameter overrides plus the LPR table as the admin keeps it in the database.
 * Pass the round when the caller has already read it (saves a round trip).
 */
export async function roundParams(tx: Tx, roundId: string, loaded?: RoundForParams | null): Promise<DeepPartial<RuleParams>> {
  const [round, [lprRow]] = await Promise.all([
    loaded !== undefined ? loaded : tx.round.findUnique({ where: { id: roundId }, select: { params: true, noticeDays: true } }),
    tx.$queryRaw<LprRow[]>`SELECT ${LPR_SQL}`,
  ]);
  return paramsOf(round, lprRow);
}

/** The organisation's earlier awards as the rules count them (approved or paid), excluding one case. */
export async function awardHistory(tx: Tx, organisationId: string, excludeCaseId?: string): Promise<HistoryEntry[]> {
  const rows = await tx.case.findMany({
    where: { organisationId, status: { in: AWARDED }, ...(excludeCaseId ? { id: { not: excludeCaseId } } : {}) },
    select: { measureId: true, subject: true, capYear: true, approvedFen: true, ceilingFen: true, status: true, submittedAt: true },
  });
  return rows.map(historyEntryOf);
}

/** One earlier award as the rules count it. */
export function historyEntryOf(r: { measureId: string; subject: string; capYear: number | null; approvedFen: bigint | null; ceilingFen: bigint | null; status: string; submittedAt: Date | null }): HistoryEntry {
  return {
    measure: r.measureId,
    subject: r.subject,
    year: r.capYear ?? r.submittedAt?.getFullYear() ?? 0,
    awardedFen: Number(r.approvedFen ?? r.ceilingFen ?? 0n),
    status: historyStatusOf(r.status as CaseStatus) as HistoryEntry["status"],
  };
}

export interface CaseForRules {
  id: string;
  measureId: string;
  roundId: string;
  subject: string;
  facts: unknown;
  organisation: { orgType: string; registeredInCity: boolean; creditBlacklisted: boolean; id: string };
}

/** Runs the rules on a case exactly as the server will decide it: history and parameters as they are now. */
export async function evaluateCase(
  tx: Tx, c: CaseForRules, round?: RoundForParams | { ruleParams: DeepPartial<RuleParams> }, loadedHistory?: HistoryEntry[],
): Promise<Decision> {
  // parameters and history as the caller read them already (submit), else read here
  const [params, history] = await Promise.all([
    round && "ruleParams" in round ? round.ruleParams : roundParams(tx, c.roundId, round),
    loadedHistory ?? awardHistory(tx, c.organisation.id, c.id),
  ]);
  return decideCase(c, params, history);
}

/** The rules' decision on a case with the parameters and award history already read. */
export function decideCase(c: Omit<CaseForRules, "id" | "roundId">, params: DeepPartial<RuleParams>, history: HistoryEntry[]): Decision {
  const applicant: Applicant = {
    orgType: c.organisation.orgType as Applicant["orgType"],
    registeredInCity: c.organisation.registeredInCity,
    creditBlacklisted: c.organisation.creditBlacklisted,
  };
  return engine.evaluate({ measure: c.measureId, applicant, subject: c.subject, facts: c.facts, history, params });
}

export function capYearOf(measureId: string, facts: unknown): number | null {
  const m = engine.measures.get(measureId);
  const f = facts as Record<string, unknown> | null;
  if (!m || !f) return null;
  try {
    if (m.capYear) return m.capYear(f as never);
    return typeof f.eventDate === "string" ? Number(f.eventDate.slice(0, 4)) : null;
  } catch {
    return null;
  }
}
