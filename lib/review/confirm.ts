import "server-only";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { evaluateCase } from "../cases/rules-input";
import { transitionInTx } from "../cases/state-machine";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { assertWithinBudget, lockForAward } from "./budget";
import { recordDecision } from "./decision-record";
import { parseInput } from "./input";
import { confirmSchema, sendBackSchema, type ConfirmInput, type SendBackInput } from "./schemas";
import { loadWorkCalendar } from "../calendar/calendar";
import { addWorkingDays, endOfBeijingDay } from "../calendar/working-days";

type Tx = Prisma.TransactionClient;

/** The pending proposal of a case, checked for the four-eyes rule: never the proposer's own. */
async function pendingProposal(tx: Tx, user: SessionUser, c: { id: string; status: string; version: number }, version: number) {
  const ra = await tx.reviewAction.findFirst({ where: { caseId: c.id, state: "pending" }, orderBy: { createdAt: "desc" } });
  if (!ra || c.status !== "proposed") throw new ActionError(c.version !== version ? "stale" : "bad_state", undefined, { status: c.status });
  if (ra.proposedById === user.id) throw new ActionError("own_proposal");
  return ra;
}

async function fixDeadline(tx: Tx, roundId: string, now: Date): Promise<Date> {
  const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { fixWorkingDays: true } });
  return endOfBeijingDay(addWorkingDays(await loadWorkCalendar(tx), now, round.fixWorkingDays));
}

/** Marks the proposal settled; a concurrent settlement makes this fail (and the transaction roll back). */
async function settle(tx: Tx, id: string, state: "confirmed" | "sent_back", user: SessionUser, note: string, now: Date) {
  const r = await tx.reviewAction.updateMany({
    where: { id, state: "pending" },
    data: { state, confirmedById: user.id, confirmNote: note || null, confirmedAt: now },
  });
  if (r.count !== 1) throw new ActionError("stale");
}

/**
 * Second reviewer of the lead bureau confirms the pending proposal. An approval reruns the rules
 * with the history as it is at this moment and checks the budget, both under locks, so two cases
 * in flight cannot together pass a cap or the round's budget.
 */
export async function confirm(user: SessionUser, raw: ConfirmInput, now = new Date()) {
  const input = parseInput(confirmSchema, raw);
  const c = await requireCaseAccess(user, input.caseId, "review");
  const actor = { id: user.id, role: "reviewer" } as const;
  return db.$transaction(async (tx) => {
    const ra = await pendingProposal(tx, user, c, input.version);
    const base = { caseId: c.id, actor, expectedVersion: input.version };
    const ref = { reviewActionId: ra.id, proposedById: ra.proposedById, confirmNote: input.note || undefined };
    if (ra.proposal === "approve") {
      await lockForAward(tx, c);
      const amountFen = Number(ra.amountFen ?? 0n);
      const d = await evaluateCase(tx, c);
      if (!d.eligible || amountFen > d.ceilingFen) {
        throw new ActionError("ceiling_changed", undefined, { ceilingFen: d.ceilingFen, amountFen });
      }
      await assertWithinBudget(tx, c, amountFen);
      const round = await tx.round.findUniqueOrThrow({ where: { id: c.roundId }, select: { noticeDays: true } });
      // the notice lasts the round's noticeDays working days (holidays and 调休 counted: lib/calendar)
      const noticeEndsAt = addWorkingDays(await loadWorkCalendar(tx), now, round.noticeDays);
      return transitionInTx(tx, {
        ...base, action: "confirm_approve",
        patch: { approvedFen: BigInt(amountFen), ceilingFen: BigInt(d.ceilingFen), decidedAt: now, noticeEndsAt },
        data: { ...ref, amountFen, ceilingFen: d.ceilingFen, reason: ra.reason ?? undefined, noticeEndsAt: noticeEndsAt.toISOString() },
        also: async (t) => {
          await settle(t, ra.id, "confirmed", user, input.note, now);
          await recordDecision(t, c, d);
        },
      });
    }
    const isReturn = ra.proposal === "return";
    // a returned case gets a deadline to fix it: the end of the round's fixWorkingDays-th working day
    const fixDueAt = isReturn ? await fixDeadline(tx, c.roundId, now) : null;
    return transitionInTx(tx, {
      ...base, action: isReturn ? "confirm_return" : "confirm_reject",
      patch: isReturn ? { fixDueAt } : { decidedAt: now },
      data: { ...ref, reason: ra.reason ?? undefined, ...(isReturn ? { fixList: ra.fixList, fixDueAt: fixDueAt?.toISOString() } : {}) },
      also: (t) => settle(t, ra.id, "confirmed", user, input.note, now),
    });
  });
}

/** Second reviewer sends the proposal back: the case is in the queue again for a new proposal. */
export async function sendBack(user: SessionUser, raw: SendBackInput, now = new Date()) {
  const input = parseInput(sendBackSchema, raw);
  const c = await requireCaseAccess(user, input.caseId, "review");
  return db.$transaction(async (tx) => {
    const ra = await pendingProposal(tx, user, c, input.version);
    return transitionInTx(tx, {
      caseId: c.id, action: "send_back", actor: { id: user.id, role: "reviewer" }, expectedVersion: input.version,
      data: { reviewActionId: ra.id, proposal: ra.proposal, note: input.note },
      also: (t) => settle(t, ra.id, "sent_back", user, input.note, now),
    });
  });
}
