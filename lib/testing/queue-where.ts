// The queue's filter in Prisma's terms, written apart from its SQL (countWhereSql in
// lib/review/queue.ts, which the queue page, its counts and its export run on): the integration test
// counts every filter both ways and expects the same numbers. Until the page ran on SQL this was the
// page's own filter.
import type { SessionUser } from "../auth/sign-in";
import type { Prisma } from "../generated/prisma/client";
import { coMeasuresOf, dayStart, nextDay, type Search } from "../review/queue";
import { TAB_STATUSES, type QueueFilter, type Tab } from "../review/queue-filter";

/** The cases a staff member may see in the queue: the lead bureau's and the co-responsible ones (admins: all). */
function scopeOf(user: SessionUser): Prisma.CaseWhereInput {
  if (user.role === "admin") return {};
  if (user.role !== "reviewer" || !user.bureauId) return { id: "" };
  const co = coMeasuresOf(user.bureauId);
  return { OR: [{ leadBureauId: user.bureauId }, ...(co.length ? [{ measureId: { in: co } }] : [])] };
}

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
  if (f.from) and.push({ submittedAt: { gte: dayStart(f.from) } });
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

export function queueWhere(user: SessionUser, f: QueueFilter, s: Search): Prisma.CaseWhereInput {
  return { AND: [scopeOf(user), tabWhere(user, f.tab, f.status), ...filterWhere(f, s)] };
}
