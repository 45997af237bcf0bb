import "server-only";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { requireAdmin } from "./access";
import { roundData, roundSchema } from "./round-schema";

type RoundData = ReturnType<typeof roundData>;

function parseRound(raw: unknown): RoundData & { confirm: boolean } {
  const r = roundSchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  return { ...roundData(r.data), confirm: r.data.confirm === true };
}

/** what the audit keeps of a round: money as strings (JSON has no bigint) */
function auditView(d: Omit<RoundData, "measures"> & { measures: { measureId: string; budgetFen: bigint }[] }) {
  return {
    name: d.name, year: d.year, opensAt: d.opensAt.toISOString(), closesAt: d.closesAt.toISOString(),
    totalBudgetFen: d.totalBudgetFen.toString(), noticeDays: d.noticeDays, params: d.params,
    fixWorkingDays: d.fixWorkingDays, reviewLimitDays: d.reviewLimitDays, confirmLimitDays: d.confirmLimitDays,
    measures: Object.fromEntries(d.measures.map((m) => [m.measureId, m.budgetFen.toString()])),
  };
}

export async function createRound(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const { confirm: _c, measures, ...d } = parseRound(raw);
  return db.$transaction(async (tx) => {
    const round = await tx.round.create({ data: { ...d, params: d.params as Prisma.InputJsonValue, status: "draft", measures: { create: measures } } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "round_create", fromStatus: null, toStatus: "draft", data: { roundId: round.id, ...auditView({ ...d, measures }) } });
    return round;
  });
}

/**
 * Saves a round. When it already has cases the admin must confirm (code confirm_required with the
 * count), a measure that has cases cannot be removed, and the change is audited with before/after.
 */
export async function updateRound(user: SessionUser | null, roundId: string, raw: unknown) {
  const admin = requireAdmin(user);
  const { confirm, measures, ...d } = parseRound(raw);
  return db.$transaction(async (tx) => {
    const before = await tx.round.findUnique({ where: { id: roundId }, include: { measures: true } });
    if (!before) throw new ActionError("not_found");
    const caseCounts = await tx.case.groupBy({ by: ["measureId"], where: { roundId }, _count: true });
    const cases = caseCounts.reduce((s, c) => s + c._count, 0);
    const kept = new Set(measures.map((m) => m.measureId));
    const orphaned = caseCounts.filter((c) => !kept.has(c.measureId)).map((c) => c.measureId);
    if (orphaned.length) throw new ActionError("validation", { measureIds: "measure_has_cases" }, { measures: orphaned.join(", ") });
    if (cases > 0 && !confirm) throw new ActionError("confirm_required", undefined, { cases });
    await tx.roundMeasure.deleteMany({ where: { roundId } });
    const round = await tx.round.update({
      where: { id: roundId },
      data: { ...d, params: d.params as Prisma.InputJsonValue, measures: { create: measures } },
    });
    await appendAudit(tx, {
      caseId: null, actorId: admin.id, action: "round_update", fromStatus: before.status, toStatus: before.status,
      data: { roundId, cases, before: auditView({ ...before, params: before.params as RoundData["params"] }), after: auditView({ ...d, measures }) },
    });
    return round;
  });
}

const STATUS_MOVES = { open: ["draft", "closed"], closed: ["open"] } as const;

/** Opens (from draft or closed) or closes (from open) a round; a closed round takes no submissions. */
export async function setRoundStatus(user: SessionUser | null, roundId: string, to: "open" | "closed") {
  const admin = requireAdmin(user);
  return db.$transaction(async (tx) => {
    const r = await tx.round.findUnique({ where: { id: roundId }, select: { status: true } });
    if (!r) throw new ActionError("not_found");
    if (!(STATUS_MOVES[to] as readonly string[]).includes(r.status)) throw new ActionError("bad_state", undefined, { status: r.status });
    const cases = await tx.case.count({ where: { roundId } });
    const round = await tx.round.update({ where: { id: roundId }, data: { status: to } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: to === "open" ? "round_open" : "round_close", fromStatus: r.status, toStatus: to, data: { roundId, cases } });
    return round;
  });
}

export async function listRounds(user: SessionUser | null) {
  requireAdmin(user);
  const [rounds, counts] = await Promise.all([
    db.round.findMany({ orderBy: [{ year: "desc" }, { opensAt: "desc" }], include: { _count: { select: { measures: true } } } }),
    db.case.groupBy({ by: ["roundId"], _count: true }),
  ]);
  const byRound = new Map(counts.map((c) => [c.roundId, c._count]));
  return rounds.map((r) => ({ ...r, cases: byRound.get(r.id) ?? 0 }));
}

export async function getRound(user: SessionUser | null, roundId: string) {
  requireAdmin(user);
  const round = await db.round.findUnique({ where: { id: roundId }, include: { measures: true } });
  if (!round) throw new ActionError("not_found");
  const cases = await db.case.count({ where: { roundId } });
  return { ...round, cases };
}

/** The admin home: the six newest rounds with their measures and cases counted, and active accounts per role. */
export async function adminOverview(user: SessionUser | null) {
  requireAdmin(user);
  const [rounds, users] = await Promise.all([
    db.round.findMany({ orderBy: { opensAt: "desc" }, take: 6, include: { _count: { select: { measures: true, cases: true } } } }),
    db.user.groupBy({ by: ["role"], where: { active: true }, _count: true }),
  ]);
  return { rounds, users };
}

/** A round with its measures' ids, for the what-if page; null when there is none. */
export async function roundWithMeasures(user: SessionUser | null, roundId: string) {
  requireAdmin(user);
  return db.round.findUnique({ where: { id: roundId }, include: { measures: { select: { measureId: true } } } });
}
