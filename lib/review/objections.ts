import "server-only";
import { ActionError } from "../actions/define-action";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { transitionInTx, type Actor } from "../cases/state-machine";
import { db } from "../db/client";
import { parseInput } from "./input";
import { objectionSchema, resolveObjectionSchema, type ObjectionInput, type ResolveObjectionInput } from "./schemas";

const IN_NOTICE = ["in_notice", "objected"];

/**
 * Anyone may object to a case in public notice. The first open objection pauses the notice
 * (in_notice → objected); further ones while it is paused are recorded on the paused case.
 * The objector's contact details stay out of the audit data and off public pages.
 */
export async function lodgeObjection(raw: ObjectionInput, user: SessionUser | null) {
  const input = parseInput(objectionSchema, raw);
  const actor: Actor = user ? { id: user.id, role: user.role } : { id: null, role: "public" };
  const c = await db.case.findUnique({ where: { id: input.caseId }, select: { id: true, status: true } });
  if (!c || !IN_NOTICE.includes(c.status)) throw new ActionError("not_found");
  return db.$transaction(async (tx) => {
    const objection = await tx.objection.create({ data: { caseId: c.id, name: input.name, contact: input.contact, text: input.text } });
    const data = { objectionId: objection.id, objectorName: input.name };
    // re-read inside the transaction: the case may have been paused or resumed meanwhile
    const now = await tx.case.findUniqueOrThrow({ where: { id: c.id }, select: { status: true } });
    if (now.status === "in_notice") {
      await transitionInTx(tx, { caseId: c.id, action: "object", actor, expectedVersion: null, data });
    } else if (now.status === "objected") {
      await appendAudit(tx, { caseId: c.id, actorId: actor.id, action: "object", fromStatus: "objected", toStatus: "objected", data });
    } else {
      throw new ActionError("not_found");
    }
    return { objectionId: objection.id };
  });
}

/**
 * A reviewer of the lead bureau resolves the open objections of a paused case together: upheld
 * sends the case back to review (its approval is withdrawn); dismissed resumes the notice, which
 * is extended by the time it was paused.
 */
export async function resolveObjections(user: SessionUser, raw: ResolveObjectionInput, now = new Date()) {
  const input = parseInput(resolveObjectionSchema, raw);
  const c = await requireCaseAccess(user, input.caseId, "review");
  return db.$transaction(async (tx) => {
    const open = await tx.objection.findMany({ where: { caseId: c.id, state: "open" }, orderBy: { createdAt: "asc" } });
    if (open.length === 0) throw new ActionError(c.version !== input.version ? "stale" : "bad_state", undefined, { status: c.status });
    const upheld = input.outcome === "upheld";
    const pausedMs = Math.max(0, now.getTime() - open[0].createdAt.getTime());
    return transitionInTx(tx, {
      caseId: c.id,
      action: upheld ? "uphold_objection" : "dismiss_objection",
      actor: { id: user.id, role: "reviewer" },
      expectedVersion: input.version,
      patch: upheld
        ? { approvedFen: null, decidedAt: null, noticeEndsAt: null }
        : { noticeEndsAt: c.noticeEndsAt ? new Date(c.noticeEndsAt.getTime() + pausedMs) : null },
      data: { reason: input.resolution, objectionIds: open.map((o) => o.id), pausedMs },
      also: async (t) => {
        const r = await t.objection.updateMany({
          where: { id: { in: open.map((o) => o.id) }, state: "open" },
          data: { state: input.outcome, resolvedById: user.id, resolution: input.resolution, resolvedAt: now },
        });
        if (r.count !== open.length) throw new ActionError("stale");
      },
    });
  });
}
