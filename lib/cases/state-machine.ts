import "server-only";
import { ActionError } from "../actions/define-action";
import { appendAudit } from "../audit/append";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { notifyTransition } from "./notify";
import type { CaseStatus } from "./status";

/**
 * The one place where a case changes status. Each action lists where it may start, where it
 * ends and who may take it. A transition runs in one transaction: it checks the case's version
 * (optimistic concurrency: a stale action changes nothing), updates the case, writes the audit
 * event (hash chain) and the notifications, and runs the caller's extra writes.
 */
export type Actor = { id: string | null; role: "applicant" | "reviewer" | "finance" | "admin" | "public" | "system" };

export const TRANSITIONS = {
  submit: { from: ["draft"], to: "submitted", roles: ["applicant"] },
  resubmit: { from: ["returned"], to: "submitted", roles: ["applicant"] },
  withdraw: { from: ["draft", "submitted", "returned"], to: "withdrawn", roles: ["applicant"] },
  propose: { from: ["submitted"], to: "proposed", roles: ["reviewer"] },
  confirm_approve: { from: ["proposed"], to: "in_notice", roles: ["reviewer"] },
  confirm_return: { from: ["proposed"], to: "returned", roles: ["reviewer"] },
  confirm_reject: { from: ["proposed"], to: "rejected", roles: ["reviewer"] },
  send_back: { from: ["proposed"], to: "submitted", roles: ["reviewer"] },
  object: { from: ["in_notice"], to: "objected", roles: ["public", "applicant", "reviewer", "finance", "admin"] },
  uphold_objection: { from: ["objected"], to: "submitted", roles: ["reviewer"] },
  dismiss_objection: { from: ["objected"], to: "in_notice", roles: ["reviewer"] },
  end_notice: { from: ["in_notice"], to: "payable", roles: ["system", "admin"] },
  pay: { from: ["payable"], to: "paid", roles: ["finance"] },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus; roles: readonly Actor["role"][] }>;

export type CaseAction = keyof typeof TRANSITIONS;

export interface TransitionInput {
  caseId: string;
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

export function allowed(action: CaseAction, from: CaseStatus, role: Actor["role"]): boolean {
  const t = TRANSITIONS[action];
  return (t.from as readonly CaseStatus[]).includes(from) && (t.roles as readonly string[]).includes(role);
}

export async function transitionInTx(tx: Prisma.TransactionClient, input: TransitionInput) {
  const t = TRANSITIONS[input.action];
  if (!(t.roles as readonly string[]).includes(input.actor.role)) throw new ActionError("forbidden");
  const current = await tx.case.findUnique({ where: { id: input.caseId } });
  if (!current) throw new ActionError("not_found");
  if (!(t.from as readonly string[]).includes(current.status)) {
    throw new ActionError(input.expectedVersion !== null && input.expectedVersion !== current.version ? "stale" : "bad_state", undefined, { status: current.status });
  }
  const version = input.expectedVersion ?? current.version;
  // one UPDATE … RETURNING; the version guard makes it change nothing if anyone else got there first
  const updated = await tx.case
    .update({ where: { id: input.caseId, version, status: { in: [...t.from] } }, data: { ...input.patch, status: t.to, version: { increment: 1 } } })
    .catch((e: unknown) => {
      if (e && typeof e === "object" && "code" in e && e.code === "P2025") throw new ActionError("stale");
      throw e;
    });
  if (input.also) await input.also(tx, updated);
  await notifyTransition(tx, updated, current.status as CaseStatus, t.to);
  // last: the audit append takes the chain's lock, held until commit, so every other write of
  // the transaction happens before it and concurrent transitions wait as briefly as possible
  await appendAudit(tx, {
    caseId: updated.id, actorId: input.actor.id, action: input.action, fromStatus: current.status, toStatus: t.to,
    data: { ...input.data, version: updated.version },
  });
  return updated;
}

export async function transition(input: TransitionInput) {
  return db.$transaction((tx) => transitionInTx(tx, input));
}
