import "server-only";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { requireLockedCase } from "./access";
import { transitionInTx } from "./state-machine";

/** The applicant withdraws a submitted case not yet decided (the lifecycle table says which). */
export async function withdrawCase(user: SessionUser, input: { caseId: string; version: number; reason?: string }) {
  return db.$transaction(async (tx) => {
    const c = await requireLockedCase(tx, user, input.caseId, "own");
    return transitionInTx(tx, {
      caseId: c.id, locked: c, action: "withdraw", actor: { id: user.id, role: "applicant" }, expectedVersion: input.version, data: { reason: input.reason ?? "" },
    });
  });
}

/** The applicant deletes a draft it never submitted: it leaves every list, its audit trail stays. */
export async function discardDraft(user: SessionUser, input: { caseId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const c = await requireLockedCase(tx, user, input.caseId, "own");
    return transitionInTx(tx, { caseId: c.id, locked: c, action: "discard", actor: { id: user.id, role: "applicant" }, expectedVersion: input.version });
  });
}
