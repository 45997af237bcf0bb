// One part of a what-if rerun (lib/admin/whatif.ts): the rules over the round's cases of the
// organisations in this part, once with each parameter set, compared case by case. Read through a
// SnapshotReader, so it runs the same on the request's own connection or in a worker thread on a
// connection that took the request's snapshot (whatif-worker.ts). No Prisma and no server-only here:
// a worker loads this module on its own.
import { MEASURES } from "../../rules";
import { createEngine } from "../../rules/core/engine";
import type { Applicant, Decision, DeepPartial, HistoryEntry, RuleParams } from "../../rules/core/types";
import type { SnapshotReader, SqlQuery } from "../db/snapshot-reader";
import { AWARDED, historyStatusOf, type CaseStatus } from "../cases/status";

// both sides of every case: eligibility and ceiling only
const bare = createEngine(MEASURES, { trace: false, reasons: false });
// the reasons of a case that changed
const explained = createEngine(MEASURES, { trace: false });
export const OPEN_STATUSES: readonly CaseStatus[] = ["submitted", "proposed"];

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

/** the figures of a part of the round (or of all of it) */
export interface SliceResult {
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
  byMeasure: Record<string, MeasureFigures>;
  /** every changed case, with its case number, in no order */
  changed: ChangedCase[];
  /** changed cases still open for review (submitted, proposed) */
  openAffectedIds: string[];
  batches: number;
}

/** part `index` of `of`: the organisations whose id hashes to it (every case of an organisation, and its history, in one part) */
export interface Part {
  index: number;
  of: number;
}

export interface SliceInput {
  roundId: string;
  before: DeepPartial<RuleParams>;
  after: DeepPartial<RuleParams>;
  part: Part;
  batchSize: number;
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

/** `$n` (n = first, first + 1) keeps an organisation id's rows in part `part` */
const inPart = (column: string, first: number) => `(hashtext(${column}) & 2147483647) % $${first + 1} = $${first}`;

/**
 * The organisations of the part, as the rules see them: all of them, not only those with a case in
 * the round (finding those took a pass over the round of its own; an organisation without a case
 * in it costs a map entry)
 */
async function partApplicants(r: SnapshotReader, part: Part): Promise<Map<string, Applicant>> {
  const out = new Map<string, Applicant>();
  const query: SqlQuery = {
    text: `SELECT o.id, o."orgType"::text AS "orgType", o."registeredInCity", o."creditBlacklisted" FROM "Organisation" o WHERE ${inPart("o.id", 1)}`,
    values: [part.index, part.of],
  };
  type Row = Applicant & { id: string };
  for await (const rows of r.batches<Row>("whatif_orgs", query, 10_000)) {
    for (const o of rows) out.set(o.id, { orgType: o.orgType, registeredInCity: o.registeredInCity, creditBlacklisted: o.creditBlacklisted });
  }
  return out;
}

/**
 * The awarded statuses as SQL literals, the very predicate of the partial index
 * "Case_award_history_idx" (prisma/migrations/…_award_history_index), so that the planner can read
 * the history from that index alone instead of the whole table: 0.1 s against 0.8 s per part of a
 * round of a million cases. A parameter ($1) would not match the index's predicate.
 */
export const AWARDED_IN = `(${AWARDED.map((s) => {
  if (!/^[a-z_]+$/.test(s)) throw new Error(`bad status ${s}`);
  return `'${s}'`;
}).join(", ")})`;

/**
 * Every award of the organisations of the part, by organisation: one row per organisation, its
 * awards as one JSON array ([case id, measure, subject, year, fen, status] each), read in the
 * order of the index (no sort). A row per award cost Node twice as much (a string and a parse per
 * column of 180,000 rows a part), and JSON.parse builds the same values natively.
 */
export function historyQuery(part: Part): SqlQuery {
  return {
    text: `
      SELECT h."organisationId" AS org,
             json_agg(json_build_array(h.id, h."measureId", h.subject, COALESCE(h."capYear", EXTRACT(YEAR FROM h."submittedAt")::int, 0),
                                       COALESCE(h."approvedFen", h."ceilingFen", 0), h.status))::text AS awards
      FROM "Case" h
      WHERE h.status IN ${AWARDED_IN} AND ${inPart(`h."organisationId"`, 1)}
      GROUP BY h."organisationId"`,
    values: [part.index, part.of],
  };
}

/** the part's award histories by organisation (historyQuery) */
export async function partHistories(r: SnapshotReader, part: Part): Promise<Map<string, HistoryRow[]>> {
  const out = new Map<string, HistoryRow[]>();
  const query = historyQuery(part);
  type Award = [id: string, measure: string, subject: string, year: number, fen: number, status: CaseStatus];
  for await (const rows of r.batches<{ org: string; awards: string }>("whatif_history", query, 2_000)) {
    for (const o of rows) {
      // as lib/cases/rules-input.ts awardHistory shapes it
      out.set(o.org, (JSON.parse(o.awards) as Award[]).map(([caseId, measure, subject, year, fen, status]) => ({
        caseId, measure, subject, year, awardedFen: fen, status: historyStatusOf(status) as HistoryEntry["status"],
      })));
    }
  }
  return out;
}

/** case numbers of `ids` */
async function caseNumbers(r: SnapshotReader, ids: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const query: SqlQuery = { text: `SELECT id, "caseNo" FROM "Case" WHERE id = ANY($1::text[])`, values: [ids] };
  for await (const rows of r.batches<{ id: string; caseNo: string | null }>("whatif_numbers", query, 10_000)) {
    for (const c of rows) out.set(c.id, c.caseNo);
  }
  return out;
}

function firstFailed(d: Decision): ChangedCase["reason"] {
  for (const r of d.reasons) if (!r.ok) return { code: r.code, zh: r.zh, en: r.en };
  return null;
}

export function emptySlice(): SliceResult {
  return {
    cases: 0, eligibleBefore: 0, eligibleAfter: 0, becameIneligible: 0, becameEligible: 0, ceilingChanged: 0, changedCases: 0,
    beforeFen: 0, afterFen: 0, byMeasure: {}, changed: [], openAffectedIds: [], batches: 0,
  };
}

/** adds part `p` to `into` */
export function addSlice(into: SliceResult, p: SliceResult): SliceResult {
  for (const k of ["cases", "eligibleBefore", "eligibleAfter", "becameIneligible", "becameEligible", "ceilingChanged", "changedCases", "beforeFen", "afterFen", "batches"] as const) into[k] += p[k];
  for (const [id, m] of Object.entries(p.byMeasure)) {
    const t = (into.byMeasure[id] ??= { cases: 0, changed: 0, beforeFen: 0, afterFen: 0 });
    t.cases += m.cases;
    t.changed += m.changed;
    t.beforeFen += m.beforeFen;
    t.afterFen += m.afterFen;
  }
  for (const c of p.changed) into.changed.push(c);
  for (const id of p.openAffectedIds) into.openAffectedIds.push(id);
  return into;
}

/**
 * The part's cases, read by one query through a server-side cursor (only the columns the rules
 * need) and evaluated as each batch arrives, after the part's organisations and their award
 * history, all in the reader's snapshot. The engine runs untraced and without reasons, with one
 * params object per side, and explains only the cases that change.
 */
export async function readSlice(reader: SnapshotReader, { roundId, before, after, part, batchSize }: SliceInput): Promise<SliceResult> {
  const res = emptySlice();
  const NONE: HistoryRow[] = [];
  const applicants = await partApplicants(reader, part);
  const histories = await partHistories(reader, part);
  const cases: SqlQuery = {
    text: `
      SELECT c.id, c."organisationId", c."measureId", c.subject, c.facts, c.status::text AS status
      FROM "Case" c
      WHERE c."roundId" = $1 AND c.status <> 'draft' AND ${inPart(`c."organisationId"`, 2)}`,
    values: [roundId, part.index, part.of],
  };
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
  return res;
}
