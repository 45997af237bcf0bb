import "server-only";
import { MEASURES } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { couldBeginCreditCode } from "../auth/credit-code";
import { db } from "../db/client";
import { sql } from "../db/sql";
import type { CaseStatus } from "../cases/status";
import { Prisma } from "../generated/prisma/client";
import { COUNT_CAP, decodeCursor, encodeCursor, TAB_STATUSES, TABS, type QueueFilter, type Tab } from "./queue-filter";

/** Measures on which a bureau is co-responsible: it may read those cases, not act on them. */
export function coMeasuresOf(bureauId: string | null): string[] {
  return bureauId ? MEASURES.filter((m) => (m.coBureaus as readonly string[]).includes(bureauId)).map((m) => m.id) : [];
}

const BEIJING = "+08:00";
/** the first instant of a Beijing calendar day (YYYY-MM-DD), and of the day after it */
export const dayStart = (iso: string) => new Date(`${iso}T00:00:00${BEIJING}`);
export const nextDay = (iso: string) => new Date(dayStart(iso).getTime() + 86_400_000);

/**
 * The search box, resolved before the case query so that a million cases are never scanned for a
 * name: a whole case number is an exact match (unique index); a fragment with digits also matches
 * case numbers; names and credit-code prefixes are looked up among the organisations first (a far
 * smaller table) and the cases then found by organisation (index).
 */
export type Search = { caseNoExact?: string; caseNoLike?: string; orgIds: string[] } | null;
export const SEARCH_ORG_LIMIT = 1000;

export async function resolveSearch(q: string): Promise<Search> {
  if (!q) return null;
  if (/^WH-\d{4}-C\d{2}-\d{6}$/i.test(q)) return { caseNoExact: q.toUpperCase(), orgIds: [] };
  // a fragment no credit code can begin with ("WH-", a Chinese name) is not looked up among the codes:
  // with both conditions PostgreSQL read every organisation (60,000: 37 ms for "WH-"), with the name's
  // alone it takes the name's trigram index (4 ms)
  const byCode = couldBeginCreditCode(q) ? [{ creditCode: { startsWith: q.toUpperCase() } }] : [];
  const orgs = await db.organisation.findMany({
    where: { OR: [{ name: { contains: q, mode: "insensitive" } }, ...byCode] },
    select: { id: true }, take: SEARCH_ORG_LIMIT,
  });
  const caseNoLike = /^[0-9a-z-]+$/i.test(q) && /\d|^wh/i.test(q) ? q : undefined;
  return { caseNoLike, orgIds: orgs.map((o) => o.id) };
}

/**
 * (field, id) strictly after (gt) or before (lt) a cursor, for keyset pages on (submittedAt, id) or
 * (decidedAt, id). The leading `field >= t` (or <=) is implied by the OR but lets PostgreSQL start
 * the index scan at the cursor: without it every page re-reads all rows before it (the
 * 100,000-row export went quadratic).
 */
export function keyset(cursor: { t: Date; id: string }, op: "gt" | "lt", field: "submittedAt" | "decidedAt" = "submittedAt"): Prisma.CaseWhereInput {
  return {
    [field]: { [op === "gt" ? "gte" : "lte"]: cursor.t },
    OR: [{ [field]: { [op]: cursor.t } }, { id: { [op]: cursor.id } }],
  };
}

/** one row of the queue page: the case with its organisation, round and pending decision (with its proposer's name) */
export interface QueueRow {
  id: string;
  caseNo: string | null;
  status: CaseStatus;
  measureId: string;
  roundId: string;
  leadBureauId: string;
  version: number;
  submittedAt: Date | null;
  ceilingFen: bigint | null;
  approvedFen: bigint | null;
  decidedAt: Date | null;
  paidAt: Date | null;
  noticeEndsAt: Date | null;
  updatedAt: Date;
  statusSince: Date;
  revision: number;
  organisation: { name: string; creditCode: string };
  round: { name: string; reviewLimitDays: number; confirmLimitDays: number };
  /** the pending decision, if any */
  reviewActions: { proposal: string; amountFen: bigint | null; proposedById: string; proposedByName: string | null }[];
}

type QueueSqlRow = Omit<QueueRow, "organisation" | "round" | "reviewActions"> & {
  orgName: string; creditCode: string; roundName: string; reviewLimitDays: number; confirmLimitDays: number;
  proposal: string | null; amountFen: bigint | null; proposedById: string | null; proposedByName: string | null;
};

/**
 * One page of the queue by keyset on (submittedAt, id): no OFFSET, so page 1,000 costs what page 1
 * costs and rows do not shift when cases arrive meanwhile. One statement (countWhereSql is the
 * filter, as for the counts and the export): the page's cases with their organisation, round, the
 * pending decision and its proposer's name. Through Prisma it was five round trips, and at a
 * million cases the page's time was the server's, not the database's (ADR 027).
 */
export async function queuePage(user: SessionUser, f: QueueFilter, size = 25, search?: Search) {
  const where = countWhereSql(user, f, search !== undefined ? search : await resolveSearch(f.q));
  const back = !!f.before && !f.after;
  const cursor = decodeCursor(back ? f.before : f.after);
  // going backwards reads in the opposite direction, then flips the rows
  const ascending = (f.sort === "asc") !== back;
  const dir = Prisma.raw(ascending ? "ASC" : "DESC");
  // (submittedAt, id) strictly after (or before) the cursor; the leading >= (<=) lets the index scan start at it
  const after = cursor
    ? ascending
      ? Prisma.sql`AND c."submittedAt" >= ${cursor.t} AND (c."submittedAt" > ${cursor.t} OR c.id > ${cursor.id})`
      : Prisma.sql`AND c."submittedAt" <= ${cursor.t} AND (c."submittedAt" < ${cursor.t} OR c.id < ${cursor.id})`
    : Prisma.empty;
  const query = Prisma.sql`
    SELECT c.id, c."caseNo", c.status::text AS status, c."measureId", c."roundId", c."leadBureauId", c.version, c."submittedAt", c."ceilingFen",
           c."approvedFen", c."decidedAt", c."paidAt", c."noticeEndsAt", c."updatedAt", c."statusSince", c.revision,
           o.name AS "orgName", o."creditCode", r.name AS "roundName", r."reviewLimitDays", r."confirmLimitDays",
           a.proposal, a."amountFen", a."proposedById", u.name AS "proposedByName"
    FROM "Case" c
    JOIN "Organisation" o ON o.id = c."organisationId"
    JOIN "Round" r ON r.id = c."roundId"
    LEFT JOIN LATERAL (SELECT x.proposal, x."amountFen", x."proposedById" FROM "ReviewAction" x
                       WHERE x."caseId" = c.id AND x.state = 'pending' ORDER BY x."createdAt", x.id LIMIT 1) a ON true
    LEFT JOIN "User" u ON u.id = a."proposedById"
    WHERE ${where} ${after}
    ORDER BY c."submittedAt" ${dir}, c.id ${dir}
    LIMIT ${size + 1}`;
  const rows = (await sql.rows<QueueSqlRow>(query.text, query.values)).map(({ orgName, creditCode, roundName, reviewLimitDays, confirmLimitDays, proposal, amountFen, proposedById, proposedByName, ...c }): QueueRow => ({
    ...c,
    organisation: { name: orgName, creditCode },
    round: { name: roundName, reviewLimitDays, confirmLimitDays },
    reviewActions: proposal !== null && proposedById !== null ? [{ proposal, amountFen, proposedById, proposedByName }] : [],
  }));
  const more = rows.length > size;
  if (more) rows.pop();
  if (back) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const cur = (r: QueueRow | undefined) => (r?.submittedAt ? encodeCursor(r.submittedAt, r.id) : null);
  return {
    rows,
    next: (back ? !!cursor : more) ? cur(last) : null,
    prev: (back ? more : !!cursor) ? cur(first) : null,
  };
}

/**
 * Number of cases in each tab under the same filter, counted up to COUNT_CAP + 1 (shown as
 * "9,999+"): each count reads at most that many index entries, however many cases there are.
 * Plain SQL because Prisma's count with `take` adds ORDER BY id, which turns a 3 ms index-only
 * scan into a sort at a million cases. countWhereSql is the same filter as queueWhere (lib/testing/queue-where.ts);
 * the integration test compares the two on every filter.
 */
export async function tabCounts(user: SessionUser, f: QueueFilter, search?: Search): Promise<Record<Tab, number>> {
  return (await tabCountsAndBureau(user, f, search !== undefined ? search : await resolveSearch(f.q))).counts;
}

/** the rounds the queue's filter offers, newest first (names only: every member of staff may filter by round) */
const ROUNDS_SQL = Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name) ORDER BY r."opensAt" DESC, r.id), '[]')
  FROM (SELECT id, name, "opensAt" FROM "Round" ORDER BY "opensAt" DESC, id LIMIT 50) r) AS rounds`;

/** the tab counts, the reviewer's bureau for the page's heading and the filter's rounds, in one statement */
async function tabCountsAndBureau(user: SessionUser, f: QueueFilter, s: Search) {
  const bureau = user.bureauId
    ? Prisma.sql`(SELECT json_build_object('nameZh', b."nameZh", 'nameEn', b."nameEn") FROM "Bureau" b WHERE b.id = ${user.bureauId}) AS bureau`
    : Prisma.sql`NULL::json AS bureau`;
  const { counts, row } = await countsWith(TABS.map((tab) => countWhereSql(user, { ...f, tab, status: "" }, s)), [bureau, ROUNDS_SQL]);
  return {
    counts: Object.fromEntries(TABS.map((t, i) => [t, counts[i]])) as Record<Tab, number>,
    bureau: row.bureau as { nameZh: string; nameEn: string } | null,
    rounds: row.rounds as QueueRound[],
  };
}

/**
 * How many cases of "Case" c match each of `wheres`, each counted up to COUNT_CAP + 1, in one
 * statement: one round trip instead of one per count (a queue page's six counts were six queries,
 * each with its share of the server's CPU in the driver and Prisma).
 */
export async function cappedCounts(wheres: Prisma.Sql[]): Promise<number[]> {
  return (await countsWith(wheres)).counts;
}

/** cappedCounts, with more columns (`… AS name`) in the same statement */
async function countsWith(wheres: Prisma.Sql[], extra: Prisma.Sql[] = []) {
  const cols = wheres.map((w, i) => Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Case" c WHERE ${w} LIMIT ${COUNT_CAP + 1}) s) AS ${Prisma.raw(`n${i}`)}`);
  const q = Prisma.sql`SELECT ${Prisma.join([...cols, ...extra])}`;
  const [row] = await sql.rows<Record<string, unknown>>(q.text, q.values);
  return { counts: wheres.map((_, i) => row[`n${i}`] as number), row };
}

/** the queue's filter as SQL on "Case" c (queueWhere in lib/testing/queue-where.ts is the same in Prisma's terms) */
export function countWhereSql(user: SessionUser, f: QueueFilter, s: Search): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (user.role !== "admin") {
    if (user.role !== "reviewer" || !user.bureauId) return Prisma.sql`false`;
    const co = coMeasuresOf(user.bureauId);
    and.push(co.length ? Prisma.sql`(c."leadBureauId" = ${user.bureauId} OR c."measureId" IN (${Prisma.join(co)}))` : Prisma.sql`c."leadBureauId" = ${user.bureauId}`);
  }
  const statuses = f.status ? [f.status] : TAB_STATUSES[f.tab];
  and.push(Prisma.sql`c.status IN (${Prisma.join(statuses.map((st) => Prisma.sql`CAST(${st} AS "CaseStatus")`))})`);
  if (f.tab === "confirm" && user.role === "reviewer") {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ReviewAction" a WHERE a."caseId" = c.id AND a.state = 'pending' AND a."proposedById" <> ${user.id})`);
  }
  and.push(Prisma.sql`c."submittedAt" IS NOT NULL`);
  if (f.measure) and.push(Prisma.sql`c."measureId" = ${f.measure}`);
  if (f.round) and.push(Prisma.sql`c."roundId" = ${f.round}`);
  if (f.from) and.push(Prisma.sql`c."submittedAt" >= ${dayStart(f.from)}`);
  if (f.to) and.push(Prisma.sql`c."submittedAt" < ${nextDay(f.to)}`);
  if (f.minFen !== null) and.push(Prisma.sql`c."ceilingFen" >= ${BigInt(f.minFen)}`);
  if (f.maxFen !== null) and.push(Prisma.sql`c."ceilingFen" <= ${BigInt(f.maxFen)}`);
  if (f.resubmitted) and.push(Prisma.sql`c.revision > 1`);
  if (s) {
    const or: Prisma.Sql[] = [];
    if (s.caseNoExact) or.push(Prisma.sql`c."caseNo" = ${s.caseNoExact}`);
    // the fragment is [0-9a-z-] only (no wildcards to escape), and a case number is upper-case letters,
    // digits and hyphens (nextCaseNoSql): LIKE on the fragment upper-cased finds what ILIKE found, without
    // lower-casing each number it reads (a count of 10,000 numbers: 8 → 5 ms)
    if (s.caseNoLike) or.push(Prisma.sql`c."caseNo" LIKE ${`%${s.caseNoLike.toUpperCase()}%`}`);
    if (s.orgIds.length) or.push(Prisma.sql`c."organisationId" IN (${Prisma.join(s.orgIds)})`);
    and.push(or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`false`);
  }
  return Prisma.join(and, " AND ");
}

export interface QueueRound {
  id: string;
  name: string;
}

/**
 * What the queue page shows: the reviewer's bureau, one page of cases with the names of whoever
 * proposed the pending decisions, and the tab counts, all under the same filter and scope, with
 * the rounds its filter offers. Two statements (the page; the counts with the rest).
 */
export async function queueView(user: SessionUser, f: QueueFilter, size = 25) {
  const search = await resolveSearch(f.q);
  const [page, { counts, bureau, rounds }] = await Promise.all([queuePage(user, f, size, search), tabCountsAndBureau(user, f, search)]);
  return { bureau, page, counts, rounds };
}
