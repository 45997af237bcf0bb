import "server-only";
// The round dashboard's figures, from a few GROUP BY queries over the round's cases.
// Definitions (shown on the page and in the export):
// - submitted: cases that were ever submitted (submittedAt set), whatever their status now
// - requested: the rules' ceilings of those cases
// - committed: approved amounts of cases approved up to paid (approved, in_notice, objected, payable, paid)
// - paid: approved amounts of paid cases
// - days per stage: submitted → decided (decidedAt) and decided → paid (paidAt), averaged
import { MEASURES } from "../../rules";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { impossibleId } from "../cases/access";
import { AWARDED, CASE_STATUSES, type CaseStatus } from "../cases/status";
import { db } from "../db/client";
import { requireAdmin } from "./access";

export interface MoneyRow {
  submitted: number;
  requestedFen: number;
  committed: number;
  committedFen: number;
  paid: number;
  paidFen: number;
}

export interface MeasureRow extends MoneyRow {
  measureId: string;
  clause: number;
  titleZh: string;
  titleEn: string;
  budgetFen: number;
}

export interface BureauRow extends MoneyRow {
  bureauId: string;
  nameZh: string;
  nameEn: string;
}

export interface StageRow {
  stage: "submitted_decided" | "decided_paid";
  cases: number;
  avgDays: number | null;
}

export interface DashboardFigures {
  round: { id: string; name: string; year: number; status: string; totalBudgetFen: number };
  totals: MoneyRow & { cases: number; budgetFen: number };
  byStatus: { status: CaseStatus; cases: number; requestedFen: number; approvedFen: number }[];
  byMeasure: MeasureRow[];
  byBureau: BureauRow[];
  stages: StageRow[];
}

const empty = (): MoneyRow => ({ submitted: 0, requestedFen: 0, committed: 0, committedFen: 0, paid: 0, paidFen: 0 });
const AWARDED_SET = new Set<string>(AWARDED);

function add(row: MoneyRow, status: string, g: { submitted: number; requested: string; approved: string }) {
  row.submitted += g.submitted;
  row.requestedFen += Number(g.requested);
  if (AWARDED_SET.has(status)) {
    row.committed += g.submitted;
    row.committedFen += Number(g.approved);
  }
  if (status === "paid") {
    row.paid += g.submitted;
    row.paidFen += Number(g.approved);
  }
}

export async function dashboardFigures(user: SessionUser | null, roundId: string): Promise<DashboardFigures> {
  requireAdmin(user);
  if (impossibleId(roundId)) throw new ActionError("not_found");
  const round = await db.round.findUnique({ where: { id: roundId }, include: { measures: true } });
  if (!round) throw new ActionError("not_found");
  const [groups, stages, bureaus] = await Promise.all([
    db.$queryRaw<{ measureId: string; bureauId: string; status: CaseStatus; cases: number; submitted: number; requested: string; approved: string }[]>`
      SELECT "measureId", "leadBureauId" AS "bureauId", status::text AS status, count(*)::int AS cases,
             count("submittedAt")::int AS submitted,
             COALESCE(sum("ceilingFen") FILTER (WHERE "submittedAt" IS NOT NULL), 0)::text AS requested,
             COALESCE(sum("approvedFen") FILTER (WHERE "submittedAt" IS NOT NULL), 0)::text AS approved
      FROM "Case" WHERE "roundId" = ${roundId} AND status <> 'discarded' GROUP BY 1, 2, 3`,
    db.$queryRaw<{ decided: number; decidedDays: number | null; paid: number; paidDays: number | null }[]>`
      SELECT count(*) FILTER (WHERE "decidedAt" IS NOT NULL AND "submittedAt" IS NOT NULL)::int AS decided,
             (avg(EXTRACT(EPOCH FROM ("decidedAt" - "submittedAt"))) FILTER (WHERE "decidedAt" IS NOT NULL AND "submittedAt" IS NOT NULL) / 86400)::float8 AS "decidedDays",
             count(*) FILTER (WHERE "paidAt" IS NOT NULL AND "decidedAt" IS NOT NULL)::int AS paid,
             (avg(EXTRACT(EPOCH FROM ("paidAt" - "decidedAt"))) FILTER (WHERE "paidAt" IS NOT NULL AND "decidedAt" IS NOT NULL) / 86400)::float8 AS "paidDays"
      FROM "Case" WHERE "roundId" = ${roundId}`,
    db.bureau.findMany(),
  ]);

  const budget = new Map(round.measures.map((m) => [m.measureId, Number(m.budgetFen)]));
  const measureRows = new Map<string, MeasureRow>();
  for (const m of MEASURES) {
    if (!budget.has(m.id)) continue;
    measureRows.set(m.id, { measureId: m.id, clause: m.clause, titleZh: m.title.zh, titleEn: m.title.en, budgetFen: budget.get(m.id)!, ...empty() });
  }
  const bureauName = new Map(bureaus.map((b) => [b.id, b]));
  const bureauRows = new Map<string, BureauRow>();
  const statusRows = new Map<CaseStatus, { status: CaseStatus; cases: number; requestedFen: number; approvedFen: number }>(CASE_STATUSES.filter((s) => s !== "discarded").map((s) => [s, { status: s, cases: 0, requestedFen: 0, approvedFen: 0 }]));
  const totals = { cases: 0, budgetFen: Number(round.totalBudgetFen), ...empty() };

  for (const g of groups) {
    totals.cases += g.cases;
    add(totals, g.status, g);
    const s = statusRows.get(g.status)!;
    s.cases += g.cases;
    s.requestedFen += Number(g.requested);
    s.approvedFen += Number(g.approved);
    let m = measureRows.get(g.measureId);
    if (!m) {
      // a case of a measure no longer in the round still counts
      const def = MEASURES.find((x) => x.id === g.measureId);
      measureRows.set(g.measureId, (m = { measureId: g.measureId, clause: def?.clause ?? 0, titleZh: def?.title.zh ?? g.measureId, titleEn: def?.title.en ?? g.measureId, budgetFen: 0, ...empty() }));
    }
    add(m, g.status, g);
    let b = bureauRows.get(g.bureauId);
    if (!b) {
      const n = bureauName.get(g.bureauId);
      bureauRows.set(g.bureauId, (b = { bureauId: g.bureauId, nameZh: n?.nameZh ?? g.bureauId, nameEn: n?.nameEn ?? g.bureauId, ...empty() }));
    }
    add(b, g.status, g);
  }
  const st = stages[0];
  return {
    round: { id: round.id, name: round.name, year: round.year, status: round.status, totalBudgetFen: Number(round.totalBudgetFen) },
    totals,
    byStatus: [...statusRows.values()],
    byMeasure: [...measureRows.values()],
    byBureau: [...bureauRows.values()].sort((a, b) => b.submitted - a.submitted),
    stages: [
      { stage: "submitted_decided", cases: st?.decided ?? 0, avgDays: st?.decidedDays ?? null },
      { stage: "decided_paid", cases: st?.paid ?? 0, avgDays: st?.paidDays ?? null },
    ],
  };
}

/** the round a dashboard shows by default: the open one closing soonest, else the newest */
export async function defaultRoundId(): Promise<string | null> {
  const open = await db.round.findFirst({ where: { status: "open" }, orderBy: { closesAt: "asc" }, select: { id: true } });
  if (open) return open.id;
  return (await db.round.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true } }))?.id ?? null;
}

export async function roundChoices(user: SessionUser | null) {
  requireAdmin(user);
  return db.round.findMany({ orderBy: [{ year: "desc" }, { opensAt: "desc" }], select: { id: true, name: true, updatedAt: true, status: true } });
}
