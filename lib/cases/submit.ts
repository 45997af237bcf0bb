import "server-only";
import { engine } from "@/rules";
import { factsSchema } from "@/rules/core/fields-zod";
import { checkFacts } from "@/rules/core/checks";
import { canonicalJson, factsHash } from "../canonical-json";
import { newVerifyCode } from "../documents/verify-code";
import { ActionError, fieldErrorsOf } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { sqlTransaction } from "../db/sql";
import { maskAccountNo } from "../organisations/bank-account";
import { submitPayee, type AccountRow } from "../organisations/bank-account-store";
import { canAccess, impossibleId } from "./access";
import { caseNoPrefix, counterKey, pendingCaseNo } from "./case-number";
import { admits } from "./drafts";
import { duplicatesAmong } from "./duplicate-claims";
import { fixListOf, pairFixAnswers } from "./fix-answers";
import type { TransitionRecipient } from "./notify";
import { AWARDED, type CaseStatus } from "./status";
import { LIVE, isEditable } from "./transitions";
import { capYearOf, decideCase, historyEntryOf, LPR_SQL, paramsOf, type LprRow } from "./rules-input";
import { checkTransition, mayTake, submitTransitionSql } from "./state-machine";

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

/** the case as submit locks it (statement 1) */
type LockedForSubmit = {
  id: string; status: CaseStatus; version: number; revision: number; submitKey: string | null; caseNo: string | null; verifyCode: string | null;
  organisationId: string; roundId: string; measureId: string; leadBureauId: string; subject: string; facts: unknown;
  noticeEndsAt: Date | null; fixDueAt: Date | null; approvedFen: bigint | null;
};

/** a timestamp column read inside json_build_object: the instant it keeps in UTC */
const jsonTime = (s: string | null) => (s === null ? null : new Date(s + "Z"));
type Other = { id: string; caseNo: string | null; status: string; measureId: string; subject: string; facts: unknown; submittedAt: string | null; capYear: number | null; approvedFen: number | null; ceilingFen: number | null };

/** the organisation's other cases that are live or awarded: rule 8's duplicates and the award history, in one read */
const OTHER_CASE_STATUSES = [...new Set([...LIVE, ...AWARDED])];

/**
 * Statement 1: the case row locked until commit (every writer of facts and attachments takes the
 * same lock), then the organisation's claim lock for the measure (rule 8: the claims of one
 * measure are serialised, so two submits at once cannot both pass). The CTE with FOR UPDATE runs
 * first, so the row lock comes before the claim lock, as everywhere else.
 */
const LOCK_SQL = `
  WITH c AS (SELECT id, status::text AS status, version, revision, "submitKey", "caseNo", "verifyCode", "organisationId", "roundId", "measureId",
                    "leadBureauId", subject, facts, "noticeEndsAt", "fixDueAt", "approvedFen"
             FROM "Case" WHERE id = $1 FOR UPDATE)
  SELECT c.*, pg_advisory_xact_lock(hashtextextended('claim:' || c."organisationId" || ':' || c."measureId", 0))::text AS claim_lock FROM c`;

/**
 * Statement 2, after both locks (so it sees every claim and document committed before them): the
 * organisation (share-locked: an account change, bank-account-store.ts FOR UPDATE, waits for the
 * submit or the submit for it), the round and its LPR table, the documents, the organisation's
 * other cases, the users the submit tells, and a resubmission's fix list.
 */
const READ_SQL = `
  SELECT o.id, o."verifiedAt", o."orgType"::text AS "orgType", o."registeredInCity", o."creditBlacklisted", o.name, o."bankAccountName", o."bankName", o."bankAccountNo",
         r.year AS round_year, r.status::text AS round_status, r."opensAt" AS "round_opensAt", r."closesAt" AS "round_closesAt",
         r."noticeDays" AS "round_noticeDays", r.params AS round_params, r."reviewLimitDays", r."confirmLimitDays", ${LPR_SQL.text},
         coalesce((SELECT json_agg(json_build_object('id', a.id, 'slot', a.slot, 'fileName', a."fileName", 'sha256', a.sha256) ORDER BY a."createdAt", a.id)
                   FROM "Attachment" a WHERE a."caseId" = $3), '[]') AS attachments,
         coalesce((SELECT json_agg(json_build_object('id', x.id, 'caseNo', x."caseNo", 'status', x.status, 'measureId', x."measureId", 'subject', x.subject,
                     'facts', x.facts, 'submittedAt', x."submittedAt", 'capYear', x."capYear", 'approvedFen', x."approvedFen", 'ceilingFen', x."ceilingFen"))
                   FROM "Case" x WHERE x."organisationId" = o.id AND x.id <> $3 AND x.status::text = ANY($4::text[])), '[]') AS others,
         coalesce((SELECT json_agg(json_build_object('id', u.id, 'organisationId', u."organisationId", 'email', u.email, 'phone', u.phone, 'role', u.role))
                   FROM "User" u WHERE u.active AND (u."organisationId" = o.id OR (u.role = 'reviewer' AND u."bureauId" = $5))), '[]') AS users,
         (SELECT ra."fixList" FROM "ReviewAction" ra WHERE ra."caseId" = $3 AND ra.proposal = 'return' AND ra.state = 'confirmed'
          ORDER BY ra."confirmedAt" DESC, ra."createdAt" DESC LIMIT 1) AS "fixList"
  FROM "Organisation" o LEFT JOIN "Round" r ON r.id = $2
  WHERE o.id = $1
  FOR SHARE OF o`;

type ReadRow = OrganisationForSubmit & LprRow & {
  round_year: number | null; round_status: string | null; round_opensAt: Date | null; round_closesAt: Date | null; round_noticeDays: number | null; round_params: unknown;
  reviewLimitDays: number | null; confirmLimitDays: number | null;
  attachments: { id: string; slot: string; fileName: string; sha256: string }[]; others: Other[]; users: TransitionRecipient[]; fixList: unknown;
};

/**
 * Submits (or resubmits) a case; the form's action and the API route both come here. In one
 * transaction with the case row locked (every writer of facts and attachments takes the same lock):
 * checks the round, the answers (all named at once), the documents, then runs the rules on exactly
 * the locked facts and stores case, signed revision and decision from them, with the case number,
 * routed to the lead bureau. A retried request with the same key returns the same case number.
 *
 * The hottest write of a round, so it is SQL on the pool Prisma uses (lib/db/sql.ts), in three
 * statements: lock, read, write with the case number (ADR 027). The status change follows the state
 * machine's table (mayTake, checkTransition) and writes its notifications and audit event in the
 * same transaction, as transitionInTx does for every other transition.
 */
export async function submitCase(user: SessionUser, input: SubmitInput, now = new Date()) {
  if (impossibleId(input.caseId)) throw new ActionError("not_found");
  return sqlTransaction(async (q) => {
    const [c] = await q.rows<LockedForSubmit>(LOCK_SQL, [input.caseId]);
    if (!c || !canAccess(user, c, "own")) throw new ActionError("not_found");
    if (c.submitKey === input.submitKey && !isEditable(c.status)) return { caseNo: c.caseNo!, status: c.status, repeated: true };
    if (!isEditable(c.status)) throw new ActionError("bad_state", undefined, { status: c.status });
    const action = c.status === "returned" ? "resubmit" : "submit";
    const t = mayTake(action, { id: user.id, role: "applicant" });
    const [r] = await q.rows<ReadRow>(READ_SQL, [c.organisationId, c.roundId, c.id, OTHER_CASE_STATUSES, c.leadBureauId]);
    // an organisation drafts before it is verified, but submits only after (lib/organisations/verification.ts)
    if (!r?.verifiedAt) throw new ActionError("org_unverified");
    if (c.version !== input.version) throw new ActionError("stale");
    if (r.round_year === null) throw new ActionError("not_found");
    const round = { year: r.round_year, status: r.round_status!, opensAt: r.round_opensAt!, closesAt: r.round_closesAt! };
    if (round.status !== "open" || now < round.opensAt || now > round.closesAt) {
      throw new ActionError("round_closed", undefined, { opensAt: round.opensAt.toISOString(), closesAt: round.closesAt.toISOString() });
    }
    checkTransition(t, c, input.version);
    // the general rule on who may apply is not for a reviewer to overlook: such a case is not accepted
    if (!admits(c.measureId, r.orgType)) throw new ActionError("org_type_not_admitted");
    const bad = { ...(c.subject.trim() ? {} : { subject: "required" }), ...(factErrors(c.measureId, c.facts) ?? {}) };
    if (Object.keys(bad).length) throw new ActionError("validation", bad);
    const fixAnswers = c.status === "returned" ? pairFixAnswers(fixListOf(r.fixList), input.fixAnswers) : null;
    if (!input.acceptMissingDocuments) {
      const have = new Set(r.attachments.map((a) => a.slot));
      const missing = (engine.measures.get(c.measureId)?.documents ?? []).map((d) => d.key).filter((k) => !have.has(k));
      if (missing.length) throw new ActionError("documents_missing", Object.fromEntries(missing.map((k) => [k, "required"])));
    }

    // rule 8: no second live claim for the same measure and subject (the claim lock is held since statement 1)
    const others = r.others.map((o) => ({ ...o, submittedAt: jsonTime(o.submittedAt), approvedFen: o.approvedFen === null ? null : BigInt(o.approvedFen), ceilingFen: o.ceilingFen === null ? null : BigInt(o.ceilingFen) }));
    const dups = duplicatesAmong({ caseId: c.id, organisationId: c.organisationId, measureId: c.measureId, subject: c.subject, facts: c.facts }, others);
    if (dups.length) throw new ActionError("duplicate_claim", undefined, { caseNo: dups[0].caseNo ?? "" });

    // the bank account the award will be paid to is fixed with the signed facts (ADR 018)
    const org: OrganisationForSubmit = {
      id: r.id, verifiedAt: r.verifiedAt, orgType: r.orgType, registeredInCity: r.registeredInCity, creditBlacklisted: r.creditBlacklisted,
      name: r.name, bankAccountName: r.bankAccountName, bankName: r.bankName, bankAccountNo: r.bankAccountNo,
    };
    const payee = submitPayee(org);
    const history = others.filter((o) => (AWARDED as string[]).includes(o.status)).map(historyEntryOf);
    const ruleParams = paramsOf({ params: r.round_params, noticeDays: r.round_noticeDays! }, { lpr: r.lpr, known: r.known });
    const decision = decideCase({ ...c, organisation: org }, ruleParams, history);
    const hash = factsHash(c.facts);
    const revision = c.revision + 1;

    // a new case's number comes from the clause's counter row in the write itself (every submit of
    // the clause and year waits for that row, so it is taken last): until then it is pending
    const counter = c.caseNo ? null : { key: counterKey(round.year, c.measureId), prefix: caseNoPrefix(round.year, c.measureId) };
    const patch = { caseNo: c.caseNo ?? pendingCaseNo(round.year, c.measureId), verifyCode: c.verifyCode ?? newVerifyCode(), ...payee };
    const data = {
      revision, eligible: decision.eligible, ceilingFen: decision.ceilingFen, factsHash: hash, commitment: true,
      payeeAccountNo: maskAccountNo(payee.payeeAccountNo), ...(fixAnswers ? { fixAnswers } : {}),
    };
    // statement 3, the last: the case number, the status change with the revision and the decision, in the state machine
    const updated = await submitTransitionSql(q, {
      action, actor: { id: user.id, role: "applicant" }, locked: c, expectedVersion: input.version, now, counter,
      patch: { ...patch, revision, submitKey: input.submitKey, ceilingFen: BigInt(decision.ceilingFen), capYear: capYearOf(c.measureId, c.facts) },
      data, recipients: r.users, limits: { reviewLimitDays: r.reviewLimitDays!, confirmLimitDays: r.confirmLimitDays! },
      revision: { subject: c.subject, facts: canonicalJson(c.facts), factsHash: hash, attachments: r.attachments, fixAnswers },
      decision,
    });
    return { caseNo: updated.caseNo, status: updated.status, repeated: false };
  });
}
