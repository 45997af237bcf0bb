import "server-only";
import { engine } from "@/rules";
import type { Reason } from "@/rules";
import { ActionError, fieldErrorsOf } from "../actions/define-action";
import { attachmentFileName } from "../attachments/file-name";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { requireCaseAccess } from "./access";
import { factErrors, saveDraft, submitCase } from "./applicant-cases";
import { draftFactsSchema } from "./draft-facts";

export const EDITABLE_STATUSES = ["draft", "returned"] as const;
/** before a decision the applicant may still withdraw (the state machine has the final word) */
export const WITHDRAWABLE_STATUSES = ["draft", "submitted", "returned"] as const;
/** a decision has fixed the amount */
export const DECIDED_STATUSES = ["approved", "in_notice", "objected", "payable", "paid"] as const;

export const isEditable = (status: string) => (EDITABLE_STATUSES as readonly string[]).includes(status);

/** The organisation's cases for "my cases": drafts first, then the most recently changed. */
export async function listOrgCases(user: SessionUser) {
  if (!user.organisationId) return [];
  const rows = await db.case.findMany({
    where: { organisationId: user.organisationId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, caseNo: true, measureId: true, subject: true, status: true, ceilingFen: true, approvedFen: true, updatedAt: true },
    take: 500,
  });
  const rank = (s: string) => (s === "draft" ? 0 : s === "returned" ? 1 : 2);
  return rows
    .map((r) => ({ ...r, measure: engine.measures.get(r.measureId) ?? null }))
    .sort((a, b) => rank(a.status) - rank(b.status));
}

/** The reviewer's request of the latest confirmed return: reason and the list of things to fix. */
export async function returnRequest(caseId: string) {
  const a = await db.reviewAction.findFirst({
    where: { caseId, proposal: "return", state: "confirmed" },
    orderBy: [{ confirmedAt: "desc" }, { createdAt: "desc" }],
    select: { reason: true, fixList: true, confirmedAt: true, createdAt: true },
  });
  if (!a) return null;
  const fixList = Array.isArray(a.fixList) ? a.fixList.filter((x): x is string => typeof x === "string") : [];
  return { reason: a.reason ?? "", fixList, at: a.confirmedAt ?? a.createdAt };
}

/** Everything the applicant's case page shows; not_found for anyone outside the organisation. */
export async function applicantCase(user: SessionUser, caseId: string) {
  const c = await requireCaseAccess(user, caseId, "own");
  const [bureau, round, attachments, revisions, decision, request] = await Promise.all([
    db.bureau.findUnique({ where: { id: c.leadBureauId } }),
    db.round.findUnique({ where: { id: c.roundId }, select: { name: true, opensAt: true, closesAt: true, status: true } }),
    db.attachment.findMany({ where: { caseId: c.id }, orderBy: { createdAt: "asc" }, select: { id: true, slot: true, fileName: true, size: true, mime: true, createdAt: true } }),
    db.caseRevision.findMany({ where: { caseId: c.id }, orderBy: { revision: "desc" } }),
    db.ruleDecision.findFirst({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } }),
    c.status === "returned" ? returnRequest(c.id) : Promise.resolve(null),
  ]);
  const measure = engine.measures.get(c.measureId);
  if (!measure) throw new ActionError("not_found");
  return {
    // names as downloads send them: rows stored before names were cleaned show no bidi tricks either
    case: c, measure, bureau, round, attachments: attachments.map((a) => ({ ...a, fileName: attachmentFileName(a.fileName, a.mime) })), revisions, request,
    decision: decision && {
      eligible: decision.eligible, ceilingFen: Number(decision.ceilingFen), fixed: decision.fixed,
      reasons: decision.reasons as unknown as Reason[], createdAt: decision.createdAt, purpose: decision.purpose,
    },
  };
}

/**
 * Saves a draft's answers after checking them against the measure's fields: unknown names, values
 * of the wrong type and forged choices are refused with the field named and change nothing.
 */
export async function saveApplicantDraft(user: SessionUser, input: { caseId: string; version: number; subject: string; facts: unknown }) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  const measure = engine.measures.get(c.measureId);
  if (!measure) throw new ActionError("not_found");
  const parsed = draftFactsSchema(measure.fields).safeParse(input.facts);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const [k, v] of Object.entries(fieldErrorsOf(parsed.error))) fieldErrors[k.split(".")[0]] ??= v;
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") for (const k of issue.keys) fieldErrors[k] = "unknown_field";
    }
    throw new ActionError("validation", fieldErrors);
  }
  const subject = input.subject.trim().slice(0, 200);
  return saveDraft(user, { caseId: c.id, version: input.version, subject, facts: parsed.data });
}

/** Upload slots of the measure that hold no file yet. */
export async function missingDocuments(caseId: string, measureId: string): Promise<string[]> {
  const slots = engine.measures.get(measureId)?.documents.map((d) => d.key) ?? [];
  const have = await db.attachment.findMany({ where: { caseId }, select: { slot: true }, distinct: ["slot"] });
  const got = new Set(have.map((a) => a.slot));
  return slots.filter((s) => !got.has(s));
}

/**
 * Submit as the applicant does it: submitCase (facts, round, rules) once the applicant has seen
 * which documents are missing. Missing documents do not block (some slots only apply to some
 * applicants, e.g. c30's incubator certificate for teams), but must be acknowledged.
 */
export async function submitApplicantCase(
  user: SessionUser,
  input: { caseId: string; version: number; submitKey: string; commitment: true; acceptMissingDocuments?: boolean },
  now = new Date(),
) {
  const c = await requireCaseAccess(user, input.caseId, "own");
  // name every answer that is missing or wrong at once (submitCase stops at the first kind)
  if (isEditable(c.status)) {
    const bad = { ...(c.subject.trim() ? {} : { subject: "required" }), ...(factErrors(c.measureId, c.facts) ?? {}) };
    if (Object.keys(bad).length) throw new ActionError("validation", bad);
  }
  if (isEditable(c.status) && !input.acceptMissingDocuments) {
    const missing = await missingDocuments(c.id, c.measureId);
    if (missing.length) throw new ActionError("documents_missing", Object.fromEntries(missing.map((k) => [k, "required"])));
  }
  return submitCase(user, { caseId: input.caseId, version: input.version, submitKey: input.submitKey, commitment: true }, now);
}
