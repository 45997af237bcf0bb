import "server-only";
import { randomInt } from "node:crypto";
import { ActionError } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { requireCaseAccess } from "../cases/access";
import { transitionInTx, type Actor } from "../cases/state-machine";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { parseInput } from "./input";
import { objectionSchema, resolveObjectionSchema, type ObjectionInput, type ResolveObjectionInput } from "./schemas";

const IN_NOTICE = ["in_notice", "objected"];
// Crockford-like: no 0/O, 1/I/L, U: easy to read out on the phone
const REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const REF_RE = /^YY[2-9A-HJKMNP-TV-Z]{8}$/;

/** The objector's reference: YY-XXXX-XXXX (30^8 ≈ 6.6e11 values, random: not guessable from another). */
function newRefNo(): string {
  const pick = () => Array.from({ length: 4 }, () => REF_ALPHABET[randomInt(REF_ALPHABET.length)]).join("");
  return `YY-${pick()}-${pick()}`;
}

/** "yy 7k3m9qxd", "YY-7K3M-9QXD" … → "YY-7K3M-9QXD"; null when it cannot be a reference. */
export function normaliseRefNo(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return REF_RE.test(s) ? `YY-${s.slice(2, 6)}-${s.slice(6)}` : null;
}

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
    const refNo = newRefNo();
    const objection = await tx.objection.create({ data: { caseId: c.id, refNo, name: input.name, contact: input.contact, text: input.text } });
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
    return { objectionId: objection.id, refNo };
  });
}

/**
 * A reviewer of the lead bureau resolves the open objections of a paused case together.
 * Upheld sends the case back to review (its approval is withdrawn). Dismissing takes two reviewers:
 * the first proposes it (the case stays paused), a second confirms it and the notice resumes,
 * extended by the time it was paused. Who may take which part is the state machine's to say.
 */
export async function resolveObjections(user: SessionUser, raw: ResolveObjectionInput, now = new Date()) {
  const input = parseInput(resolveObjectionSchema, raw);
  const c = await requireCaseAccess(user, input.caseId, "review");
  const actor = { id: user.id, role: "reviewer" } as const;
  return db.$transaction(async (tx) => {
    const open = await tx.objection.findMany({ where: { caseId: c.id, state: "open" }, orderBy: { createdAt: "asc" } });
    if (open.length === 0) throw new ActionError(c.version !== input.version ? "stale" : "bad_state", undefined, { status: c.status });
    const ids = open.map((o) => o.id);
    if (input.outcome === "upheld") {
      return transitionInTx(tx, {
        caseId: c.id, action: "uphold_objection", actor, expectedVersion: input.version,
        patch: { approvedFen: null, decidedAt: null, noticeEndsAt: null },
        data: { reason: input.resolution, objectionIds: ids },
        also: (t) => settleObjections(t, ids, { state: "upheld", resolvedById: user.id, resolution: input.resolution, resolvedAt: now }),
      });
    }
    // every open objection carries a dismissal proposal: this is the confirmation; otherwise a (new) proposal
    if (open.some((o) => !o.dismissProposedById)) {
      return transitionInTx(tx, {
        caseId: c.id, action: "propose_dismissal", actor, expectedVersion: input.version,
        data: { note: input.resolution, objectionIds: ids },
        also: (t) => settleObjections(t, ids, { state: "open", dismissProposedById: user.id, dismissProposedAt: now, dismissNote: input.resolution }),
      });
    }
    const pausedMs = Math.max(0, now.getTime() - open[0].createdAt.getTime());
    return transitionInTx(tx, {
      caseId: c.id, action: "dismiss_objection", actor, expectedVersion: input.version,
      patch: { noticeEndsAt: c.noticeEndsAt ? new Date(c.noticeEndsAt.getTime() + pausedMs) : null },
      data: { reason: input.resolution, objectionIds: ids, pausedMs, proposedById: open[0].dismissProposedById },
      also: (t) => settleObjections(t, ids, { state: "dismissed", resolvedById: user.id, resolution: input.resolution, resolvedAt: now }),
    });
  });
}

/** Writes to the open objections; one that someone settled meanwhile makes the whole action stale. */
async function settleObjections(tx: Prisma.TransactionClient, ids: string[], data: Prisma.ObjectionUpdateManyMutationInput) {
  const r = await tx.objection.updateMany({ where: { id: { in: ids }, state: "open" }, data });
  if (r.count !== ids.length) throw new ActionError("stale");
}

/**
 * What an objector may look up with its reference: the case number, the measure and where the
 * objection stands. Nothing personal (no names, contacts or texts). null for an unknown reference.
 */
export async function objectionStatus(raw: string) {
  const refNo = normaliseRefNo(raw.slice(0, 40));
  if (!refNo) return null;
  const o = await db.objection.findUnique({
    where: { refNo },
    select: { refNo: true, state: true, dismissProposedAt: true, createdAt: true, resolvedAt: true, case: { select: { caseNo: true, measureId: true } } },
  });
  if (!o) return null;
  const stage = o.state === "open" ? (o.dismissProposedAt ? "reviewing" : "received") : (o.state as "upheld" | "dismissed");
  return { refNo: o.refNo!, caseNo: o.case.caseNo, measureId: o.case.measureId, stage, lodgedAt: o.createdAt, resolvedAt: o.resolvedAt };
}
