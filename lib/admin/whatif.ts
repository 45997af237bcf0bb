import "server-only";
// What-if rerun: the rules over every case of a round (submitted or later), once with the round's
// parameters as they are and once with a changed set, compared case by case. Nothing is written.
// Built for volume: the round's cases are read by one query through a server-side cursor (only the
// columns the rules need) and evaluated as each batch arrives; the organisations and the award
// history of every organisation in the round are read once, up front, the same way, all in one
// snapshot; the engine runs untraced and without reasons, with one params object per side (merged
// and hashed once), and explains only the cases that change.
import { MEASURES } from "../../rules";
import { createEngine } from "../../rules/core/engine";
import { DEFAULT_LPR } from "../../rules/core/params";
import type { Applicant, Decision, DeepPartial, HistoryEntry, RuleParams } from "../../rules/core/types";
import { roundParams } from "../cases/rules-input";
import { AWARDED, historyStatusOf, type CaseStatus } from "../cases/status";
import { Prisma } from "../generated/prisma/client";
import { readSnapshot, type SnapshotReader } from "../db/cursor";
import type { ParamChange } from "./whatif-schema";

type Q = Prisma.TransactionClient;

// both sides of every case: eligibility and ceiling only
const bare = createEngine(MEASURES, { trace: false, reasons: false });
// the reasons of a case that changed
const explained = createEngine(MEASURES, { trace: false });
export const OPEN_STATUSES: readonly CaseStatus[] = ["submitted", "proposed"];
const DEFAULT_KNOWN_THROUGH = "2026-11";

/** the round's parameters with the change laid over them (grade lists and the LPR month replaced) */
export function changedParams(current: DeepPartial<RuleParams>, change: ParamChange): DeepPartial<RuleParams> {
  const out: DeepPartial<RuleParams> = { ...current, eligibleGrades: { ...current.eligibleGrades } };
  for (const [id, grades] of Object.entries(change.eligibleGrades ?? {})) if (grades) out.eligibleGrades![id] = [...grades];
  if (change.blacklistCheck !== undefined) out.blacklistCheck = change.blacklistCheck;
  if (change.lpr) {
    const { month, bp } = change.lpr;
    const entries = (current.lpr?.entries?.length ? current.lpr.entries : DEFAULT_LPR).filter((e) => e?.from !== month);
    entries.push({ from: month, bp });
    entries.sort((a, b) => (a!.from! < b!.from! ? -1 : 1));
    const known = current.lpr?.knownThrough ?? DEFAULT_KNOWN_THROUGH;
    out.lpr = { entries: entries as RuleParams["lpr"]["entries"], knownThrough: month > known ? month : known };
  }
  return out;
}

interface CaseRow {
  id: string;
  organisationId: string;
  measureId: string;
  subject: string;
  facts: unknown;
  status: CaseStatus;
}

interface HistoryRow extends HistoryEntry {
  caseId: string;
}

export interface Outcome {
  eligible: boolean;
  ceilingFen: number;
}

export interface ChangedCase {
  id: string;
  caseNo: string | null;
  measureId: string;
  organisationId: string;
  status: CaseStatus;
  before: Outcome;
  after: Outcome;
  /** the first check that fails after the change (or before it, when the case became eligible) */
  reason: { code: string; zh: string; en: string } | null;
}

export interface MeasureFigures {
  cases: number;
  changed: number;
  beforeFen: number;
  afterFen: number;
}

export interface WhatIfResult {
  roundId: string;
  cases: number;
  eligibleBefore: number;
  eligibleAfter: number;
  becameIneligible: number;
  becameEligible: number;
  /** eligible before and after, with another ceiling */
  ceilingChanged: number;
  /** any of the three above */
  changedCases: number;
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
  byMeasure: Record<string, MeasureFigures>;
  /** every changed case, ordered by case number */
  changed: ChangedCase[];
  /** changed cases still open for review (submitted, proposed): applying flags them for re-review */
  openAffectedIds: string[];
  batches: number;
  elapsedMs: number;
  paramsBefore: DeepPartial<RuleParams>;
  paramsAfter: DeepPartial<RuleParams>;
}

export interface WhatIfOptions {
  batchSize?: number;
  /** compare these two parameter sets instead of the round's own and the changed one (the benchmark's baseline) */
  params?: { before: DeepPartial<RuleParams>; after: DeepPartial<RuleParams> };
}

const AWARDED_SQL = AWARDED as string[];

/** every award of every organisation with a case in the round, by organisation, read through a cursor */
/** the ids of the organisations with a case (not a draft) in the round */
const roundOrganisations = (roundId: string) => Prisma.sql`SELECT DISTINCT "organisationId" FROM "Case" WHERE "roundId" = ${roundId} AND status <> 'draft'`;

/** the organisations with a case in the round, as the rules see them */
async function roundApplicants(r: SnapshotReader, roundId: string): Promise<Map<string, Applicant>> {
  const out = new Map<string, Applicant>();
  const query = Prisma.sql`
    SELECT o.id, o."orgType"::text AS "orgType", o."registeredInCity", o."creditBlacklisted"
    FROM "Organisation" o
    WHERE o.id IN (${roundOrganisations(roundId)})`;
  type Row = Applicant & { id: string };
  for await (const rows of r.batches<Row>("whatif_orgs", query, 10_000)) {
    for (const o of rows) out.set(o.id, { orgType: o.orgType, registeredInCity: o.registeredInCity, creditBlacklisted: o.creditBlacklisted });
  }
  return out;
}

/** case numbers of `ids` */
async function caseNumbers(r: SnapshotReader, ids: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const query = Prisma.sql`SELECT id, "caseNo" FROM "Case" WHERE id = ANY(${ids}::text[])`;
  for await (const rows of r.batches<{ id: string; caseNo: string | null }>("whatif_numbers", query, 10_000)) {
    for (const c of rows) out.set(c.id, c.caseNo);
  }
  return out;
}

async function roundHistories(r: SnapshotReader, roundId: string): Promise<Map<string, HistoryRow[]>> {
  const out = new Map<string, HistoryRow[]>();
  const query = Prisma.sql`
    SELECT h.id, h."organisationId", h."measureId", h.subject, h."capYear", COALESCE(h."approvedFen", h."ceilingFen", 0)::text AS fen,
           h.status::text AS status, EXTRACT(YEAR FROM h."submittedAt")::int AS "submittedYear"
    FROM "Case" h
    WHERE h.status::text = ANY(${AWARDED_SQL}::text[])
      AND h."organisationId" IN (${roundOrganisations(roundId)})`;
  type Row = { id: string; organisationId: string; measureId: string; subject: string; capYear: number | null; fen: string | null; status: CaseStatus; submittedYear: number | null };
  for await (const rows of r.batches<Row>("whatif_history", query, 10_000)) {
    for (const r of rows) {
      let list = out.get(r.organisationId);
      if (!list) out.set(r.organisationId, (list = []));
      // as lib/cases/rules-input.ts awardHistory shapes it
      list.push({
        caseId: r.id, measure: r.measureId, subject: r.subject, year: r.capYear ?? r.submittedYear ?? 0,
        awardedFen: Number(r.fen ?? 0), status: historyStatusOf(r.status) as HistoryEntry["status"],
      });
    }
  }
  return out;
}

function firstFailed(d: Decision): ChangedCase["reason"] {
  for (const r of d.reasons) if (!r.ok) return { code: r.code, zh: r.zh, en: r.en };
  return null;
}

export async function runWhatIf(q: Q, roundId: string, change: ParamChange, opts: WhatIfOptions = {}): Promise<WhatIfResult> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 5000;
  let before: DeepPartial<RuleParams>, after: DeepPartial<RuleParams>;
  if (opts.params) ({ before, after } = opts.params);
  else {
    before = await roundParams(q, roundId);
    after = changedParams(before, change);
  }
  const res: WhatIfResult = {
    roundId, cases: 0, eligibleBefore: 0, eligibleAfter: 0, becameIneligible: 0, becameEligible: 0, ceilingChanged: 0, changedCases: 0,
    beforeFen: 0, afterFen: 0, deltaFen: 0, byMeasure: {}, changed: [], openAffectedIds: [], batches: 0, elapsedMs: 0,
    paramsBefore: before, paramsAfter: after,
  };
  const NONE: HistoryRow[] = [];
  // one query over the round, streamed through a cursor in one snapshot (organisations and history
  // read before it in the same snapshot), and evaluated as it is read: PostgreSQL reads the round
  // once instead of a keyset page at a time, and sends only the columns the rules need (the case
  // number is read for the changed cases only)
  const cases = Prisma.sql`
    SELECT c.id, c."organisationId", c."measureId", c.subject, c.facts, c.status::text AS status
    FROM "Case" c
    WHERE c."roundId" = ${roundId} AND c.status <> 'draft'`;
  await readSnapshot(q, async (reader) => {
    const applicants = await roundApplicants(reader, roundId);
    const histories = await roundHistories(reader, roundId);
    for await (const rows of reader.batches<CaseRow>("whatif_cases", cases, batchSize)) {
      res.batches++;
      for (const c of rows) {
        const all = histories.get(c.organisationId) ?? NONE;
        // the case itself never counts in its own history
        const history = AWARDED.includes(c.status) ? all.filter((h) => h.caseId !== c.id) : all;
        const applicant = applicants.get(c.organisationId)!; // read in the same snapshot; a case's organisation exists (foreign key)
        const input = { measure: c.measureId, applicant, subject: c.subject, facts: c.facts, history, params: before };
        const a = bare.evaluate(input);
        input.params = after;
        const b = bare.evaluate(input);
        res.cases++;
        if (a.eligible) res.eligibleBefore++;
        if (b.eligible) res.eligibleAfter++;
        res.beforeFen += a.ceilingFen;
        res.afterFen += b.ceilingFen;
        const m = (res.byMeasure[c.measureId] ??= { cases: 0, changed: 0, beforeFen: 0, afterFen: 0 });
        m.cases++;
        m.beforeFen += a.ceilingFen;
        m.afterFen += b.ceilingFen;
        if (a.eligible === b.eligible && a.ceilingFen === b.ceilingFen) continue;
        if (a.eligible && !b.eligible) res.becameIneligible++;
        else if (!a.eligible && b.eligible) res.becameEligible++;
        else res.ceilingChanged++;
        res.changedCases++;
        m.changed++;
        const why = explained.evaluate(input);
        input.params = before;
        res.changed.push({
          id: c.id, caseNo: null, measureId: c.measureId, organisationId: c.organisationId, status: c.status,
          before: { eligible: a.eligible, ceilingFen: a.ceilingFen }, after: { eligible: b.eligible, ceilingFen: b.ceilingFen },
          reason: firstFailed(why) ?? firstFailed(explained.evaluate(input)),
        });
        if (OPEN_STATUSES.includes(c.status)) res.openAffectedIds.push(c.id);
      }
    }
    if (res.changed.length) {
      const numbers = await caseNumbers(reader, res.changed.map((c) => c.id));
      for (const c of res.changed) c.caseNo = numbers.get(c.id) ?? null;
    }
  });
  res.deltaFen = res.afterFen - res.beforeFen;
  res.changed.sort((x, y) => ((x.caseNo ?? x.id) < (y.caseNo ?? y.id) ? -1 : 1));
  res.elapsedMs = performance.now() - started;
  return res;
}
