import "server-only";
import { asCheckpointRef } from "../audit/checkpoint-file";
import type { SessionUser } from "../auth/sign-in";
import { canAccess, impossibleId } from "../cases/access";
import { caseTimeline } from "../cases/timeline";
import { db } from "../db/client";
import { ActionError } from "../errors";

/** What finance's case page shows, read once: not_found for anyone who may not read the case. */
export async function financeCase(user: SessionUser, id: string) {
  if (impossibleId(id)) throw new ActionError("not_found");
  const c = await db.case.findUnique({ where: { id }, include: { organisation: true, round: true, payment: true, paymentBatch: { select: { id: true, batchNo: true, state: true } } } });
  if (!c || !canAccess(user, c, "read")) throw new ActionError("not_found");
  return { c, timeline: await caseTimeline(id), checkpoint: asCheckpointRef(c.payment?.checkpoint) };
}
