import "server-only";
import { engine } from "@/rules";
import { checkFacts, deriveFacts, derivedSubject } from "@/rules/core/checks";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { sql, ts } from "../db/sql";
import type { Prisma } from "../generated/prisma/client";
import { prefillFor } from "../organisations/facts";
import { caseAccessRow, requireCaseAccess, requireCaseAccessRow } from "./access";
import { draftFactsSchema } from "./draft-facts";
import { evaluateCase } from "./rules-input";
import { EDITABLE, isEditable } from "./transitions";

/** The open round that includes the measure now, or null. */
export async function openRoundFor(measureId: string, now = new Date()) {
  return db.round.findFirst({
    where: { status: "open", opensAt: { lte: now }, closesAt: { gte: now }, measures: { some: { measureId } } },
    orderBy: { closesAt: "asc" },
  });
}

/** Starts an application (a draft). A repeated request with the same key returns the same draft. */
export async function startDraft(user: SessionUser, measureId: string, createKey: string) {
  const organisationId = user.organisationId;
  if (!organisationId) throw new ActionError("forbidden");
  const m = engine.measures.get(measureId);
  if (!m) throw new ActionError("not_found");
  const again = await db.case.findUnique({ where: { createKey } });
  if (again) {
    if (again.organisationId !== organisationId) throw new ActionError("not_found");
    return again;
  }
  const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { orgType: true } });
  if (!admits(measureId, org.orgType)) throw new ActionError("org_type_not_admitted");
  const round = (await openRoundFor(measureId)) ??
    (await db.round.findFirst({ where: { status: "open", measures: { some: { measureId } } }, orderBy: { opensAt: "desc" } }));
  if (!round) throw new ActionError("no_open_round");
  // what the organisation's profile and earlier cases already say (issue 15 §3); the audit names them
  const facts = await prefillFor(organisationId, measureId);
  try {
    return await db.$transaction(async (tx) => {
      const c = await tx.case.create({
        data: { organisationId, measureId, roundId: round.id, leadBureauId: m.leadBureau, subject: "", facts: facts as Prisma.InputJsonValue, createdById: user.id, createKey },
      });
      await appendAudit(tx, { caseId: c.id, actorId: user.id, action: "create_draft", fromStatus: null, toStatus: "draft", data: { measureId, prefilled: Object.keys(facts) } });
      return c;
    });
  } catch (e) {
    const raced = await db.case.findUnique({ where: { createKey } });
    if (raced && raced.organisationId === organisationId) return raced;
    throw e;
  }
}

/**
 * Saves the answers of a draft or returned case under the case's lock (partial answers allowed;
 * complete ones are checked at submit). Unknown names, values of the wrong type and forged choices
 * are refused with the field named and change nothing; so does a version someone else moved on, and
 * so do answers that contradict each other (the measure's checks across facts).
 */
/** the answers under the row's lock; the version and status guards change nothing if anyone saved or submitted meanwhile */
const SAVE_SQL = `UPDATE "Case" SET subject = $2, facts = $3::jsonb, version = version + 1, "updatedAt" = $4::timestamp
  WHERE id = $1 AND version = $5 AND status::text = ANY($6::text[]) RETURNING version`;

export async function saveDraft(user: SessionUser, input: { caseId: string; version: number; subject: string; facts: unknown }) {
  // the case as a save needs it (no lock: the UPDATE below takes it and checks again); a save is
  // two statements on Prisma's pool, written in SQL for the deadline rush (ADR 027)
  const c = await requireCaseAccessRow(user, input.caseId, "own");
  if (!isEditable(c.status)) throw new ActionError("bad_state", undefined, { status: c.status });
  if (c.version !== input.version) throw new ActionError("stale");
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
  // facts other answers settle are derived here as in the form; answers that contradict each
  // other are refused with the field named (the form shows the check's own message next to it)
  const facts = deriveFacts(measure, parsed.data);
  const issues = checkFacts(measure, facts);
  if (issues.length) throw new ActionError("validation", Object.fromEntries(issues.map((i) => [i.field, "inconsistent"])), { check: issues[0].code });
  const subject = input.subject.trim().slice(0, 200) || derivedSubject(measure, facts) || "";
  const [saved] = await sql.rows<{ version: number }>(SAVE_SQL, [input.caseId, subject, JSON.stringify(facts), ts(new Date()), input.version, EDITABLE]);
  if (saved) return { version: saved.version };
  // someone got there first: a submit (the case is no longer editable) or another save
  const now = await caseAccessRow(input.caseId);
  if (now && !isEditable(now.status)) throw new ActionError("bad_state", undefined, { status: now.status });
  throw new ActionError("stale");
}

/** The rules' verdict on the saved answers, as the server would decide now. */
export async function previewCase(user: SessionUser, caseId: string) {
  const c = await requireCaseAccess(user, caseId, "own");
  return evaluateCase(db, c);
}

/** The measure admits applications from this type of organisation (the general rule on who may apply). */
export function admits(measureId: string, orgType: string): boolean {
  return (engine.measures.get(measureId)?.orgTypes as readonly string[] | undefined)?.includes(orgType) ?? false;
}
