import "server-only";
import { ActionError } from "../errors";
import { appendAudit } from "../audit/append";
import type { Prisma } from "../generated/prisma/client";
import { notifyTransition } from "./notify";
import { lockCase } from "./access";
import type { CaseStatus } from "./status";
import { DUTY_ACTIONS, TRANSITIONS, allowed, dutyOf, secondTo, type ActorRole, type CaseAction } from "./transitions";

/**
 * The one place where a case changes status, following the table in transitions.ts (where it may
 * start, where it ends, who may take it, which duty it is). A transition runs in one transaction:
 * it locks the case row, checks the version (a stale action changes nothing), the separation of
 * duties and the four eyes, updates the case, writes the audit event (hash chain) and the
 * notifications, and runs the caller's extra writes.
 */
export type Actor = { id: string | null; role: ActorRole };
export { allowed, TRANSITIONS, type CaseAction };

export interface TransitionInput {
  caseId: string;
  /** the case as the caller already read it under lockCase in this transaction (saves a read) */
  locked?: NonNullable<Awaited<ReturnType<typeof lockCase>>>;
  action: CaseAction;
  actor: Actor;
  /** the version the actor saw; null only for system jobs that re-read the case themselves */
  expectedVersion: number | null;
  /** other case fields to set with the status */
  patch?: Prisma.CaseUpdateManyMutationInput;
  /** audit payload: reason, amounts, references */
  data?: Record<string, unknown>;
  /** extra writes that must commit or fail with the transition */
  also?: (tx: Prisma.TransactionClient, c: { id: string; caseNo: string | null; organisationId: string; leadBureauId: string; measureId: string }) => Promise<void>;
}

/**
 * Separation of duties, from the audit log of the case: someone who took one duty (propose,
 * confirm, dismiss, pay) takes no other on this case; a second-pair-of-eyes action is never taken
 * by the person who took the action it confirms.
 */
async function checkDuties(tx: Prisma.TransactionClient, caseId: string, action: CaseAction, actorId: string) {
  const duty = dutyOf(action);
  if (!duty) return;
  const done = await tx.auditEvent.findMany({
    where: { caseId, actorId, action: { in: [...DUTY_ACTIONS] } }, select: { action: true }, distinct: ["action"],
  });
  const other = done.map((e) => dutyOf(e.action)).find((d) => d && d !== duty);
  if (other) throw new ActionError("separation_of_duties", undefined, { duty, done: other });
  const first = secondTo(action);
  if (first) {
    const last = await tx.auditEvent.findFirst({ where: { caseId, action: first }, orderBy: { id: "desc" }, select: { actorId: true } });
    if (last?.actorId === actorId) throw new ActionError("own_proposal");
  }
}

/** The transition's row of the table when `actor` may take `action` at all; "forbidden" otherwise. */
export function mayTake(action: CaseAction, actor: Actor) {
  const t = TRANSITIONS[action];
  if (!(t.roles as readonly string[]).includes(actor.role)) throw new ActionError("forbidden");
  return t;
}

/**
 * Whether the transition `t` may start from the case as locked (its status and version): an
 * ActionError otherwise. Every transition passes here, also the submit written in SQL
 * (lib/cases/submit.ts), which has no duty to check.
 */
export function checkTransition(t: (typeof TRANSITIONS)[CaseAction], current: { status: string; version: number }, expectedVersion: number | null) {
  if (!(t.from as readonly string[]).includes(current.status)) {
    throw new ActionError(expectedVersion !== null && expectedVersion !== current.version ? "stale" : "bad_state", undefined, { status: current.status });
  }
  if (expectedVersion !== null && expectedVersion !== current.version) throw new ActionError("stale");
}

export async function transitionInTx(tx: Prisma.TransactionClient, input: TransitionInput) {
  const t = mayTake(input.action, input.actor);
  const current = input.locked ?? (await lockCase(tx, input.caseId));
  if (!current) throw new ActionError("not_found");
  checkTransition(t, current, input.expectedVersion);
  if (input.actor.id) await checkDuties(tx, current.id, input.action, input.actor.id);
  const version = current.version;
  // one UPDATE … RETURNING; the version guard makes it change nothing if anyone else got there first
  const updated = await tx.case
    .update({ where: { id: input.caseId, version, status: { in: [...t.from] } }, data: { ...input.patch, status: t.to, ...(t.to !== current.status ? { statusSince: new Date() } : {}), version: { increment: 1 } } })
    .catch((e: unknown) => {
      if (e && typeof e === "object" && "code" in e && e.code === "P2025") throw new ActionError("stale");
      throw e;
    });
  if (input.also) await input.also(tx, updated);
  await notifyTransition(tx, updated, current.status as CaseStatus, t.to, input.data);
  // last: the audit append takes the chain's lock, held until commit, so every other write of
  // the transaction happens before it and concurrent transitions wait as briefly as possible
  await appendAudit(tx, {
    caseId: updated.id, actorId: input.actor.id, action: input.action, fromStatus: current.status, toStatus: t.to,
    data: { ...input.data, version: updated.version },
  });
  return updated;
}
