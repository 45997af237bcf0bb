import "server-only";
import { engine, factsSchema } from "@/rules";
import { ActionError, fieldErrorsOf } from "../actions/define-action";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { requireCaseAccess } from "./access";
import { nextCaseNo } from "./case-number";
import { capYearOf, evaluateCase } from "./rules-input";
import { transitionInTx } from "./state-machine";

const EDITABLE = ["draft", "returned"];

function orgOf(user: SessionUser): string {
  if (!user.organisationId) throw new ActionError("forbidden");
  return user.organisationId;
}

/** The open round that includes the measure now, or null. */
export async function openRoundFor(measureId: string, now = new Date()) {
  return db.round.findFirst({
    where: { status: "open", opensAt: { lte: now }, closesAt: { gte: now }, measures: { some: { measureId } } },
    orderBy: { closesAt: "asc" },
  });
}

/** Starts an application (a draft). A repeated request with the same key returns the same draft. */
export async function startDraft(user: SessionUser, measureId: string, createKey: string) {
  const organisationId = orgOf(user);
  const m = engine.measures.get(measureId);
  if (!m) throw new ActionError("not_found");
  const again = await db.case.findUnique({ where: { createKey } });
  if (again) {
    if (again.organisationId !== organisationId) throw new ActionError("not_found");
    return again;
  }
  const round = (await openRoundFor(measureId)) ??
    (await db.round.findFirst({ where: { status: "open", measures: { some: { measureId } } }, orderBy: { opensAt: "desc" } }));
  if (!round) throw new ActionError("no_open_round");
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.case.create({
        data: { organisationId, measureId, roundId: round.id, leadBureauId: m.leadBureau, subject: "", facts: {}, createdById: user.id, createKey },
      });
      await appendAudit(tx, { caseId: c.id, actorId: user.id, action: "create_draft", fromStatus: null, toStatus: "draft", data: { measureId } });
      return c;
    });
  } catch (e) {
    const raced = await db.case.findUnique({ where: { createKey } });
    if (raced && raced.organisationId === organisationId) return raced;
    throw e;
  }
}

/** Saves answers of a draft or returned case (partial answers allowed; checked at submit). */
export async function saveDraft(user: SessionUser, input: { caseId: string; version: number; subject: string; facts: Record<string, unknown> }) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  if (!EDITABLE.includes(c.status)) throw new ActionError("bad_state", undefined, { status: c.status });
  const res = await db.case.updateMany({
    where: { id: c.id, version: input.version, status: { in: EDITABLE as never } },
    data: { subject: input.subject, facts: input.facts as Prisma.InputJsonValue, version: { increment: 1 } },
  });
  if (res.count !== 1) throw new ActionError("stale");
  return { version: input.version + 1 };
}

/** The rules' verdict on the saved answers, as the server would decide now. */
export async function previewCase(user: SessionUser, caseId: string) {
  const c = await requireCaseAccess(user, caseId, "own");
  return evaluateCase(db, c);
}

export function factErrors(measureId: string, facts: unknown): Record<string, string> | null {
  const m = engine.measures.get(measureId);
  if (!m) return { _: "not_found" };
  const r = factsSchema(m.fields).safeParse(facts);
  if (r.success) return null;
  // name the fact itself (qualifications, not qualifications.0)
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrorsOf(r.error))) out[k.split(".")[0]] ??= v;
  return out;
}

/**
 * Submits (or resubmits) a case: the server reruns the rules, stores the decision, gives the case
 * number and routes it to the lead bureau. A retried request with the same key returns the same
 * case number and changes nothing.
 */
export async function submitCase(user: SessionUser, input: { caseId: string; version: number; submitKey: string; commitment: true }, now = new Date()) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  if (c.submitKey === input.submitKey && !EDITABLE.includes(c.status)) return { caseNo: c.caseNo!, status: c.status, repeated: true };
  if (!EDITABLE.includes(c.status)) throw new ActionError("bad_state", undefined, { status: c.status });
  const round = await db.round.findUniqueOrThrow({ where: { id: c.roundId } });
  if (round.status !== "open" || now < round.opensAt || now > round.closesAt) {
    throw new ActionError("round_closed", undefined, { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() });
  }
  if (!c.subject.trim()) throw new ActionError("validation", { subject: "required" });
  const bad = factErrors(c.measureId, c.facts);
  if (bad) throw new ActionError("validation", bad);

  const updated = await db.$transaction(async (tx) => {
    const decision = await evaluateCase(tx, c, round);
    const caseNo = c.caseNo ?? (await nextCaseNo(tx, round.year, c.measureId));
    const revision = c.revision + 1;
    return transitionInTx(tx, {
      caseId: c.id,
      action: c.status === "returned" ? "resubmit" : "submit",
      actor: { id: user.id, role: "applicant" },
      expectedVersion: input.version,
      patch: {
        caseNo, revision, submitKey: input.submitKey, submittedAt: now, ceilingFen: BigInt(decision.ceilingFen),
        capYear: capYearOf(c.measureId, c.facts), needsReReview: false,
      },
      data: { revision, eligible: decision.eligible, ceilingFen: decision.ceilingFen, commitment: true },
      also: async (t) => {
        await t.caseRevision.create({ data: { caseId: c.id, revision, subject: c.subject, facts: c.facts as Prisma.InputJsonValue, submittedAt: now } });
        await t.ruleDecision.create({
          data: {
            caseId: c.id, purpose: "submit", eligible: decision.eligible, ceilingFen: BigInt(decision.ceilingFen), fixed: decision.fixed,
            reasons: decision.reasons as never, trace: decision.trace as never, rulesetVersion: decision.rulesetVersion, paramsHash: decision.paramsHash,
          },
        });
      },
    });
  });
  return { caseNo: updated.caseNo!, status: updated.status, repeated: false };
}

export async function withdrawCase(user: SessionUser, input: { caseId: string; version: number; reason?: string }) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  return db.$transaction((tx) =>
    transitionInTx(tx, { caseId: c.id, action: "withdraw", actor: { id: user.id, role: "applicant" }, expectedVersion: input.version, data: { reason: input.reason ?? "" } }),
  );
}
