import "server-only";
import { engine, factsSchema } from "@/rules";
import { canonicalJson, factsHash } from "../canonical-json";
import { ActionError, fieldErrorsOf } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { requireLockedCase } from "./access";
import { nextCaseNo } from "./case-number";
import { findDuplicateClaims } from "./duplicate-claims";
import { capYearOf, evaluateCase } from "./rules-input";
import { transitionInTx } from "./state-machine";
import { isEditable } from "./transitions";

export interface SubmitInput {
  caseId: string;
  version: number;
  submitKey: string;
  commitment: true;
  /** the applicant has seen which document slots are empty and submits anyway */
  acceptMissingDocuments?: boolean;
}

/** The facts' errors by fact name (qualifications, not qualifications.0); null when they are complete and valid. */
export function factErrors(measureId: string, facts: unknown): Record<string, string> | null {
  const m = engine.measures.get(measureId);
  if (!m) return { _: "not_found" };
  const r = factsSchema(m.fields).safeParse(facts);
  if (r.success) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrorsOf(r.error))) out[k.split(".")[0]] ??= v;
  return out;
}

/**
 * Submits (or resubmits) a case; the form's action and the API route both come here. In one
 * transaction with the case row locked (every writer of facts and attachments takes the same lock):
 * checks the round, the answers (all named at once), the documents, then runs the rules on exactly
 * the locked facts and stores case, signed revision and decision from them, with the case number,
 * routed to the lead bureau. A retried request with the same key returns the same case number.
 */
export async function submitCase(user: SessionUser, input: SubmitInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const c = await requireLockedCase(tx, user, input.caseId, "own");
    if (c.submitKey === input.submitKey && !isEditable(c.status)) return { caseNo: c.caseNo!, status: c.status, repeated: true };
    if (!isEditable(c.status)) throw new ActionError("bad_state", undefined, { status: c.status });
    if (c.version !== input.version) throw new ActionError("stale");
    const round = await tx.round.findUniqueOrThrow({ where: { id: c.roundId } });
    if (round.status !== "open" || now < round.opensAt || now > round.closesAt) {
      throw new ActionError("round_closed", undefined, { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() });
    }
    const bad = { ...(c.subject.trim() ? {} : { subject: "required" }), ...(factErrors(c.measureId, c.facts) ?? {}) };
    if (Object.keys(bad).length) throw new ActionError("validation", bad);
    const attachments = await tx.attachment.findMany({
      where: { caseId: c.id }, orderBy: { createdAt: "asc" }, select: { id: true, slot: true, fileName: true, sha256: true },
    });
    if (!input.acceptMissingDocuments) {
      const have = new Set(attachments.map((a) => a.slot));
      const missing = (engine.measures.get(c.measureId)?.documents ?? []).map((d) => d.key).filter((k) => !have.has(k));
      if (missing.length) throw new ActionError("documents_missing", Object.fromEntries(missing.map((k) => [k, "required"])));
    }

    // rule 8: no second live claim for the same measure and subject. The organisation's claims of
    // one measure are serialised by an advisory lock, so two submits at once cannot both pass.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim:${c.organisationId}:${c.measureId}`}, 0))`;
    const dups = await findDuplicateClaims(tx, { caseId: c.id, organisationId: c.organisationId, measureId: c.measureId, subject: c.subject, facts: c.facts });
    if (dups.length) throw new ActionError("duplicate_claim", undefined, { caseNo: dups[0].caseNo ?? "" });

    const decision = await evaluateCase(tx, c, round);
    const facts = JSON.parse(canonicalJson(c.facts)) as Prisma.InputJsonValue;
    const hash = factsHash(c.facts);
    const caseNo = c.caseNo ?? (await nextCaseNo(tx, round.year, c.measureId));
    const revision = c.revision + 1;
    const updated = await transitionInTx(tx, {
      caseId: c.id,
      locked: c,
      action: c.status === "returned" ? "resubmit" : "submit",
      actor: { id: user.id, role: "applicant" },
      expectedVersion: input.version,
      patch: {
        caseNo, revision, submitKey: input.submitKey, submittedAt: now, ceilingFen: BigInt(decision.ceilingFen),
        capYear: capYearOf(c.measureId, c.facts), needsReReview: false,
      },
      data: { revision, eligible: decision.eligible, ceilingFen: decision.ceilingFen, factsHash: hash, commitment: true },
      also: async (t) => {
        await t.caseRevision.create({
          data: { caseId: c.id, revision, subject: c.subject, facts, factsHash: hash, attachments: attachments as Prisma.InputJsonValue, submittedAt: now },
        });
        await t.ruleDecision.create({
          data: {
            caseId: c.id, purpose: "submit", eligible: decision.eligible, ceilingFen: BigInt(decision.ceilingFen), fixed: decision.fixed,
            reasons: decision.reasons as never, trace: decision.trace as never, rulesetVersion: decision.rulesetVersion, paramsHash: decision.paramsHash,
            factsHash: hash,
          },
        });
      },
    });
    return { caseNo: updated.caseNo!, status: updated.status, repeated: false };
  });
}
