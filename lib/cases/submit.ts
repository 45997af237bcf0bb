import "server-only";
import { engine } from "@/rules";
import { factsSchema } from "@/rules/core/fields-zod";
import { checkFacts } from "@/rules/core/checks";
import { canonicalJson, factsHash } from "../canonical-json";
import { newVerifyCode } from "../documents/verify-code";
import { ActionError, fieldErrorsOf } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { maskAccountNo } from "../organisations/bank-account";
import { submitPayee, type AccountRow } from "../organisations/bank-account-store";
import { requireLockedCase } from "./access";
import { nextCaseNo } from "./case-number";
import { admits } from "./drafts";
import { duplicatesAmong } from "./duplicate-claims";
import { fixAnswersForResubmit } from "./fix-answers-store";
import { AWARDED } from "./status";
import { LIVE } from "./transitions";
import { capYearOf, evaluateCase, historyEntryOf, LPR_SQL, paramsOf, type LprRow } from "./rules-input";
import { transitionInTx } from "./state-machine";
import { isEditable } from "./transitions";

export interface SubmitInput {
  caseId: string;
  version: number;
  submitKey: string;
  commitment: true;
  /** the applicant has seen which document slots are empty and submits anyway */
  acceptMissingDocuments?: boolean;
  /** a resubmission's answer to each item of the return's fix list, in order (required then) */
  fixAnswers?: string[];
}

/**
 * The facts' errors by fact name (qualifications, not qualifications.0): each invalid answer, then
 * each contradiction between answers ("inconsistent", the measure's checks across facts); null when
 * they are complete, valid and consistent.
 */
export function factErrors(measureId: string, facts: unknown): Record<string, string> | null {
  const m = engine.measures.get(measureId);
  if (!m) return { _: "not_found" };
  const r = factsSchema(m.fields).safeParse(facts);
  const out: Record<string, string> = {};
  if (!r.success) for (const [k, v] of Object.entries(fieldErrorsOf(r.error))) out[k.split(".")[0]] ??= v;
  if (facts && typeof facts === "object") for (const i of checkFacts(m, facts as Record<string, unknown>)) out[i.field] ??= "inconsistent";
  return Object.keys(out).length ? out : null;
}

type OrganisationForSubmit = AccountRow & { id: string; verifiedAt: Date | null; orgType: string; registeredInCity: boolean; creditBlacklisted: boolean };
type RoundForSubmit = { year: number; status: string; opensAt: Date; closesAt: Date; noticeDays: number; params: unknown };

/**
 * Everything submit needs of the organisation (verified? its type, the account to fix) and of the
 * round (dates, parameters, the LPR table) in one statement, the organisation's row share-locked
 * until commit: an account change (bank-account-store.ts, FOR UPDATE) waits for the submit, or the
 * submit for the change.
 */
async function organisationAndRound(tx: Prisma.TransactionClient, organisationId: string, roundId: string) {
  const [r] = await tx.$queryRaw<(OrganisationForSubmit & { [K in keyof RoundForSubmit as `round_${K}`]: RoundForSubmit[K] | null } & LprRow)[]>`
    SELECT o.id, o."verifiedAt", o."orgType"::text AS "orgType", o."registeredInCity", o."creditBlacklisted", o.name, o."bankAccountName", o."bankName", o."bankAccountNo",
           r.year AS round_year, r.status::text AS round_status, r."opensAt" AS "round_opensAt", r."closesAt" AS "round_closesAt",
           r."noticeDays" AS "round_noticeDays", r.params AS round_params, ${LPR_SQL}
    FROM "Organisation" o LEFT JOIN "Round" r ON r.id = ${roundId}
    WHERE o.id = ${organisationId}
    FOR SHARE OF o`;
  if (!r) return { org: undefined, round: null };
  const round = r.round_year === null ? null : {
    year: r.round_year, status: r.round_status!, opensAt: r.round_opensAt!, closesAt: r.round_closesAt!,
    ruleParams: paramsOf({ params: r.round_params, noticeDays: r.round_noticeDays! }, { lpr: r.lpr, known: r.known }),
  };
  const org: OrganisationForSubmit = {
    id: r.id, verifiedAt: r.verifiedAt, orgType: r.orgType, registeredInCity: r.registeredInCity, creditBlacklisted: r.creditBlacklisted,
    name: r.name, bankAccountName: r.bankAccountName, bankName: r.bankName, bankAccountNo: r.bankAccountNo,
  };
  return { org, round };
}

/** the organisation's other cases that are live or awarded: rule 8's duplicates and the award history, in one read */
const OTHER_CASE_STATUSES = [...new Set([...LIVE, ...AWARDED])];

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
    const { org, round } = await organisationAndRound(tx, c.organisationId, c.roundId);
    // an organisation drafts before it is verified, but submits only after (lib/organisations/verification.ts)
    if (!org?.verifiedAt) throw new ActionError("org_unverified");
    if (c.version !== input.version) throw new ActionError("stale");
    if (!round) throw new ActionError("not_found");
    if (round.status !== "open" || now < round.opensAt || now > round.closesAt) {
      throw new ActionError("round_closed", undefined, { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() });
    }
    // the general rule on who may apply is not for a reviewer to overlook: such a case is not accepted
    if (!admits(c.measureId, org.orgType)) throw new ActionError("org_type_not_admitted");
    const bad = { ...(c.subject.trim() ? {} : { subject: "required" }), ...(factErrors(c.measureId, c.facts) ?? {}) };
    if (Object.keys(bad).length) throw new ActionError("validation", bad);
    const fixAnswers = c.status === "returned" ? await fixAnswersForResubmit(tx, c.id, input.fixAnswers) : null;
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
    const others = await tx.case.findMany({
      where: { organisationId: c.organisationId, id: { not: c.id }, status: { in: OTHER_CASE_STATUSES } },
      select: { id: true, caseNo: true, status: true, measureId: true, subject: true, facts: true, submittedAt: true, capYear: true, approvedFen: true, ceilingFen: true },
    });
    const dups = duplicatesAmong({ caseId: c.id, organisationId: c.organisationId, measureId: c.measureId, subject: c.subject, facts: c.facts }, others);
    if (dups.length) throw new ActionError("duplicate_claim", undefined, { caseNo: dups[0].caseNo ?? "" });

    // the bank account the award will be paid to is fixed with the signed facts (ADR 018)
    const payee = submitPayee(org);

    const history = others.filter((o) => (AWARDED as string[]).includes(o.status)).map(historyEntryOf);
    const decision = await evaluateCase(tx, { ...c, organisation: org }, round, history);
    const facts = JSON.parse(canonicalJson(c.facts)) as Prisma.InputJsonValue;
    const hash = factsHash(c.facts);
    const revision = c.revision + 1;
    // the signed revision and the decision first: the case-number counter row below stays locked until
    // commit (every submit of the clause waits for it), so the fewer statements after it, the better
    await tx.caseRevision.create({
      data: {
        caseId: c.id, revision, subject: c.subject, facts, factsHash: hash, attachments: attachments as Prisma.InputJsonValue, submittedAt: now,
        ...(fixAnswers ? { fixAnswers: fixAnswers as unknown as Prisma.InputJsonValue } : {}),
      },
    });
    await tx.ruleDecision.create({
      data: {
        caseId: c.id, purpose: "submit", eligible: decision.eligible, ceilingFen: BigInt(decision.ceilingFen), fixed: decision.fixed,
        reasons: decision.reasons as never, trace: decision.trace as never, rulesetVersion: decision.rulesetVersion, paramsHash: decision.paramsHash,
        factsHash: hash,
      },
    });
    const caseNo = c.caseNo ?? (await nextCaseNo(tx, round.year, c.measureId));
    const updated = await transitionInTx(tx, {
      caseId: c.id,
      locked: c,
      action: c.status === "returned" ? "resubmit" : "submit",
      actor: { id: user.id, role: "applicant" },
      expectedVersion: input.version,
      patch: {
        caseNo, verifyCode: c.verifyCode ?? newVerifyCode(), revision, submitKey: input.submitKey, submittedAt: now, ceilingFen: BigInt(decision.ceilingFen),
        capYear: capYearOf(c.measureId, c.facts), needsReReview: false, ...payee,
      },
      data: { revision, eligible: decision.eligible, ceilingFen: decision.ceilingFen, factsHash: hash, commitment: true, payeeAccountNo: maskAccountNo(payee.payeeAccountNo), ...(fixAnswers ? { fixAnswers } : {}) },
    });
    return { caseNo: updated.caseNo!, status: updated.status, repeated: false };
  });
}
