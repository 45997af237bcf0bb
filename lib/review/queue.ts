import "server-only";
import { MEASURES } from "@/rules";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { COUNT_CAP, decodeCursor, encodeCursor, TAB_STATUSES, TABS, type QueueFilter, type Tab } from "./queue-filter";

/** Measures on which a bureau is co-responsible: it may read those cases, not act on them. */
export function coMeasuresOf(bureauId: string | null): string[] {
  return bureauId ? MEASURES.filter((m) => (m.coBureaus as readonly string[]).includes(bureauId)).map((m) => m.id) : [];
}

/** The cases a staff member may see in the queue: the lead bureau's and the co-responsible ones (admins: all). */
export function scopeOf(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "admin") return {};
  if (user.role !== "reviewer" || !user.bureauId) return { id: "" };
  const co = coMeasuresOf(user.bureauId);
  return { OR: [{ leadBureauId: user.bureauId }, ...(co.length ? [{ measureId: { in: co } }] : [])] };
}

const BEIJING = "+08:00";
const nextDay = (iso: string) => new Date(new Date(`${iso}T00:00:00${BEIJING}`).getTime() + 86_400_000);

function tabWhere(user: SessionUser, tab: Tab, status: string): Prisma.CaseWhereInput {
  const w: Prisma.CaseWhereInput = { status: status ? (status as never) : { in: TAB_STATUSES[tab] } };
  // "to confirm" lists proposals by others: nobody confirms their own
  if (tab === "confirm" && user.role === "reviewer") w.reviewActions = { some: { state: "pending", proposedById: { not: user.id } } };
  return w;
}

/** Everything of the filter but the tab, the status and the cursor (the search box resolved). */
function filterWhere(f: QueueFilter, s: Search): Prisma.CaseWhereInput[] {
  const and: Prisma.CaseWhereInput[] = [{ submittedAt: { not: null } }];
  if (f.measure) and.push({ measureId: f.measure });
  if (f.round) and.push({ roundId: f.round });
  if (f.from) and.push({ submittedAt: { gte: new Date(`${f.from}T00:00:00${BEIJING}`) } });
  if (f.to) and.push({ submittedAt: { lt: nextDay(f.to) } });
  if (f.minFen !== null) and.push({ ceilingFen: { gte: BigInt(f.minFen) } });
  if (f.maxFen !== null) and.push({ ceilingFen: { lte: BigInt(f.maxFen) } });
  if (f.resubmitted) and.push({ revision: { gt: 1 } });
  if (s) {
    and.push({
      OR: [
        ...(s.caseNoExact ? [{ caseNo: s.caseNoExact }] : []),
        ...(s.caseNoLike ? [{ caseNo: { contains: s.caseNoLike, mode: "insensitive" as const } }] : []),
        { organisationId: { in: s.orgIds } },
      ],
    });
  }
  return and;
}

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
  const orgs = await db.organisation.findMany({
    where: { OR: [{ name: { contains: q, mode: "insensitive" } }, { creditCode: { startsWith: q.toUpperCase() } }] },
    select: { id: true }, take: SEARCH_ORG_LIMIT,
  });
  const caseNoLike = /^[0-9a-z-]+$/i.test(q) && /\d|^wh/i.test(q) ? q : undefined;
  return { caseNoLike, orgIds: orgs.map((o) => o.id) };
}

export function queueWhere(user: SessionUser, f: QueueFilter, s: Search): Prisma.CaseWhereInput {
  return { AND: [scopeOf(user), tabWhere(user, f.tab, f.status), ...filterWhere(f, s)] };
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

export const QUEUE_SELECT = {
  id: true, caseNo: true, status: true, measureId: true, roundId: true, leadBureauId: true, version: true,
  submittedAt: true, ceilingFen: true, approvedFen: true, decidedAt: true, paidAt: true, noticeEndsAt: true, updatedAt: true,
  statusSince: true, revision: true,
  organisation: { select: { name: true, creditCode: true } },
  round: { select: { name: true, reviewLimitDays: true, confirmLimitDays: true } },
  reviewActions: { where: { state: "pending" }, select: { proposal: true, amountFen: true, proposedById: true }, take: 1 },
} satisfies Prisma.CaseSelect;

export type QueueRow = Prisma.CaseGetPayload<{ select: typeof QUEUE_SELECT }>;

/**
 * One page of the queue by keyset on (submittedAt, id): no OFFSET, so page 1,000 costs what page 1
 * costs and rows do not shift when cases arrive meanwhile.
 */
export async function queuePage(user: SessionUser, f: QueueFilter, size = 25, search?: Search) {
  const base = queueWhere(user, f, search !== undefined ? search : await resolveSearch(f.q));
  const back = !!f.before && !f.after;
  const cursor = decodeCursor(back ? f.before : f.after);
  // going backwards reads in the opposite direction, then flips the rows
  const ascending = (f.sort === "asc") !== back;
  const op = ascending ? "gt" : "lt";
  const dir = ascending ? "asc" : "desc";
  const rows = await db.case.findMany({
    where: cursor ? { AND: [base, keyset(cursor, op)] } : base,
    orderBy: [{ submittedAt: dir }, { id: dir }],
    take: size + 1,
    select: QUEUE_SELECT,
  });
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
 * scan into a sort at a million cases. countWhereSql is the same filter as queueWhere; the
 * integration test compares the two on every filter.
 */
export async function tabCounts(user: SessionUser, f: QueueFilter, search?: Search): Promise<Record<Tab, number>> {
  const s = search !== undefined ? search : await resolveSearch(f.q);
  const counts = await cappedCounts(TABS.map((tab) => countWhereSql(user, { ...f, tab, status: "" }, s)));
  return Object.fromEntries(TABS.map((t, i) => [t, counts[i]])) as Record<Tab, number>;
}

/**
 * How many cases of "Case" c match each of `wheres`, each counted up to COUNT_CAP + 1, in one
 * statement: one round trip instead of one per count (a queue page's six counts were six queries,
 * each with its share of the server's CPU in the driver and Prisma).
 */
export async function cappedCounts(wheres: Prisma.Sql[]): Promise<number[]> {
  const cols = wheres.map((w, i) => Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Case" c WHERE ${w} LIMIT ${COUNT_CAP + 1}) s) AS ${Prisma.raw(`n${i}`)}`);
  const [r] = await db.$queryRaw<Record<string, number>[]>`SELECT ${Prisma.join(cols)}`;
  return wheres.map((_, i) => r[`n${i}`]);
}

/** queueWhere(user, f) as SQL on "Case" c */
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
  if (f.from) and.push(Prisma.sql`c."submittedAt" >= ${new Date(`${f.from}T00:00:00${BEIJING}`)}`);
  if (f.to) and.push(Prisma.sql`c."submittedAt" < ${nextDay(f.to)}`);
  if (f.minFen !== null) and.push(Prisma.sql`c."ceilingFen" >= ${BigInt(f.minFen)}`);
  if (f.maxFen !== null) and.push(Prisma.sql`c."ceilingFen" <= ${BigInt(f.maxFen)}`);
  if (f.resubmitted) and.push(Prisma.sql`c.revision > 1`);
  if (s) {
    const or: Prisma.Sql[] = [];
    if (s.caseNoExact) or.push(Prisma.sql`c."caseNo" = ${s.caseNoExact}`);
    if (s.caseNoLike) or.push(Prisma.sql`c."caseNo" ILIKE ${`%${s.caseNoLike}%`}`); // [0-9a-z-] only: no wildcards to escape
    if (s.orgIds.length) or.push(Prisma.sql`c."organisationId" IN (${Prisma.join(s.orgIds)})`);
    and.push(or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`false`);
  }
  return Prisma.join(and, " AND ");
}

/**
 * What the queue page shows: the reviewer's bureau, one page of cases with the names of whoever
 * proposed the pending decisions, and the tab counts, all under the same filter and scope.
 */
export async function queueView(user: SessionUser, f: QueueFilter, size = 25) {
  const search = await resolveSearch(f.q);
  const [bureau, page, counts] = await Promise.all([
    user.bureauId ? db.bureau.findUnique({ where: { id: user.bureauId }, select: { nameZh: true, nameEn: true } }) : null,
    queuePage(user, f, size, search),
    tabCounts(user, f, search),
  ]);
  const ids = [...new Set(page.rows.flatMap((r) => r.reviewActions.map((a) => a.proposedById)))];
  const names = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return { bureau, page, counts, proposers: Object.fromEntries(names.map((u) => [u.id, u.name])) as Record<string, string> };
}

/** The rounds the queue's filter offers, newest first (names only: every member of staff may filter by round). */
export function queueRounds() {
  return db.round.findMany({ orderBy: { opensAt: "desc" }, select: { id: true, name: true }, take: 50 });
}
