import "server-only";
import { ActionError } from "../errors";
import { appendAudit, auditArgs } from "../audit/append";
import { scheduleCheckpoint } from "../audit/checkpoint";
import { newId, ts, type Sql } from "../db/sql";
import { outboxRowsFor } from "../notifications/notify-users";
import type { Decision } from "@/rules";
import type { Prisma } from "../generated/prisma/client";
import { notifyTransition, transitionNotifications, type CaseRef, type TransitionRecipient } from "./notify";
import { lockCase } from "./access";
import { nextCaseNoSql } from "./case-number";
import type { CaseStatus } from "./status";
import { DUTY_ACTIONS, TRANSITIONS, allowed, dutyOf, secondTo, type ActorRole, type CaseAction } from "./transitions";

/**
 * The one place where a case changes status, following the table in transitions.ts (where it may
 * start, where it ends, who may take it, which duty it is). A transition runs in one transaction:
 * it locks the case row, checks the version (a stale action changes nothing), the separation of
 * duties and the four eyes, updates the case, writes the audit event (hash chain) and the
 * notifications, and runs the caller's extra writes.
 */
export type Actor = { id: string | null; role: ActorRole };
export { allowed, TRANSITIONS, type CaseAction };

export interface TransitionInput {
  caseId: string;
  /** the case as the caller already read it under lockCase in this transaction (saves a read) */
  locked?: NonNullable<Awaited<ReturnType<typeof lockCase>>>;
  action: CaseAction;
  actor: Actor;
  /** the version the actor saw; null only for system jobs that re-read the case themselves */
  expectedVersion: number | null;
  /** other case fields to set with the status */
  patch?: Prisma.CaseUpdateManyMutationInput;
  /** audit payload: reason, amounts, references */
  data?: Record<string, unknown>;
  /** extra writes that must commit or fail with the transition */
  also?: (tx: Prisma.TransactionClient, c: { id: string; caseNo: string | null; organisationId: string; leadBureauId: string; measureId: string }) => Promise<void>;
}

/**
 * Separation of duties, from the audit log of the case: someone who took one duty (propose,
 * confirm, dismiss, pay) takes no other on this case; a second-pair-of-eyes action is never taken
 * by the person who took the action it confirms.
 */
async function checkDuties(tx: Prisma.TransactionClient, caseId: string, action: CaseAction, actorId: string) {
  const duty = dutyOf(action);
  if (!duty) return;
  const done = await tx.auditEvent.findMany({
    where: { caseId, actorId, action: { in: [...DUTY_ACTIONS] } }, select: { action: true }, distinct: ["action"],
  });
  const other = done.map((e) => dutyOf(e.action)).find((d) => d && d !== duty);
  if (other) throw new ActionError("separation_of_duties", undefined, { duty, done: other });
  const first = secondTo(action);
  if (first) {
    const last = await tx.auditEvent.findFirst({ where: { caseId, action: first }, orderBy: { id: "desc" }, select: { actorId: true } });
    if (last?.actorId === actorId) throw new ActionError("own_proposal");
  }
}

/** The transition's row of the table when `actor` may take `action` at all; "forbidden" otherwise. */
export function mayTake(action: CaseAction, actor: Actor) {
  const t = TRANSITIONS[action];
  if (!(t.roles as readonly string[]).includes(actor.role)) throw new ActionError("forbidden");
  return t;
}

/**
 * Whether the transition `t` may start from the case as locked (its status and version): an
 * ActionError otherwise. Every transition passes here, also the submit written in SQL
 * (lib/cases/submit.ts), which has no duty to check.
 */
export function checkTransition(t: (typeof TRANSITIONS)[CaseAction], current: { status: string; version: number }, expectedVersion: number | null) {
  if (!(t.from as readonly string[]).includes(current.status)) {
    throw new ActionError(expectedVersion !== null && expectedVersion !== current.version ? "stale" : "bad_state", undefined, { status: current.status });
  }
  if (expectedVersion !== null && expectedVersion !== current.version) throw new ActionError("stale");
}

export async function transitionInTx(tx: Prisma.TransactionClient, input: TransitionInput) {
  const t = mayTake(input.action, input.actor);
  const current = input.locked ?? (await lockCase(tx, input.caseId));
  if (!current) throw new ActionError("not_found");
  checkTransition(t, current, input.expectedVersion);
  if (input.actor.id) await checkDuties(tx, current.id, input.action, input.actor.id);
  const version = current.version;
  // one UPDATE … RETURNING; the version guard makes it change nothing if anyone else got there first
  const updated = await tx.case
    .update({ where: { id: input.caseId, version, status: { in: [...t.from] } }, data: { ...input.patch, status: t.to, ...(t.to !== current.status ? { statusSince: new Date() } : {}), version: { increment: 1 } } })
    .catch((e: unknown) => {
      if (e && typeof e === "object" && "code" in e && e.code === "P2025") throw new ActionError("stale");
      throw e;
    });
  if (input.also) await input.also(tx, updated);
  await notifyTransition(tx, updated, current.status as CaseStatus, t.to, input.data);
  // last: the audit append takes the chain's lock, held until commit, so every other write of
  // the transaction happens before it and concurrent transitions wait as briefly as possible
  await appendAudit(tx, {
    caseId: updated.id, actorId: input.actor.id, action: input.action, fromStatus: current.status, toStatus: t.to,
    data: { ...input.data, version: updated.version },
  });
  return updated;
}

/**
 * A submit's status change in one statement: the case's new status and fields (the version and
 * status guards change nothing if anyone got there first), the signed revision, the rules'
 * decision, the notifications with their mail and SMS, and the audit event (audit_append takes the
 * chain's lock, held until commit). Every insert hangs on the updated row, so a guard that fails
 * writes nothing (but the counter's step, which the caller then rolls back). A new case's number
 * comes from its counter row here ($36 key, $37 prefix), and replaces its pendingCaseNo ($4) in the
 * notifications and mail: the counter row, which every submit of the clause and year waits for, is
 * locked only while this statement and the commit run (it was taken a statement earlier, and held
 * while the server prepared this one: under load most submits were found waiting for it).
 */
const SUBMIT_SQL = `
  WITH num AS (${nextCaseNoSql("$36::text", "$37::text")}),
  no AS (SELECT coalesce((SELECT "caseNo" FROM num), $4::text) AS "caseNo"),
  upd AS (
    UPDATE "Case" SET status = $2::text::"CaseStatus", version = version + 1, "statusSince" = CASE WHEN status::text = $2::text THEN "statusSince" ELSE $3::timestamp END,
      "caseNo" = (SELECT "caseNo" FROM no), "verifyCode" = $5, revision = $6, "submitKey" = $7, "submittedAt" = $3::timestamp, "ceilingFen" = $8, "capYear" = $9,
      "needsReReview" = false, "payeeAccountName" = $10, "payeeBankName" = $11, "payeeAccountNo" = $12, "updatedAt" = $3::timestamp
    WHERE id = $1 AND version = $13 AND status::text = ANY($14::text[])
    RETURNING id, version, status::text AS status, "caseNo"),
  rev AS (
    INSERT INTO "CaseRevision"(id, "caseId", revision, subject, facts, "factsHash", attachments, "fixAnswers", "submittedAt")
    SELECT $15, upd.id, $6, $16, $17::jsonb, $18, $19::jsonb, $20::jsonb, $3::timestamp FROM upd),
  dec AS (
    INSERT INTO "RuleDecision"(id, "caseId", purpose, eligible, "ceilingFen", fixed, reasons, trace, "rulesetVersion", "paramsHash", "factsHash")
    SELECT $21, upd.id, 'submit', $22, $8, $23, $24::jsonb, $25::jsonb, $26, $27, $18 FROM upd),
  note AS (
    INSERT INTO "Notification"(id, "userId", "caseId", "titleZh", "titleEn", "bodyZh", "bodyEn")
    SELECT n.id, n."userId", upd.id, n."titleZh", n."titleEn", n."bodyZh", n."bodyEn"
    FROM upd, jsonb_to_recordset(replace($28::text, $4::text, (SELECT "caseNo" FROM no))::jsonb) AS n(id text, "userId" text, "titleZh" text, "titleEn" text, "bodyZh" text, "bodyEn" text)),
  mail AS (
    INSERT INTO "OutboxMessage"(id, channel, recipient, subject, "textBody", "htmlBody", "dedupeKey")
    SELECT m.id, m.channel::"OutboxChannel", m.recipient, m.subject, m."textBody", m."htmlBody", m."dedupeKey"
    FROM upd, jsonb_to_recordset(replace($29::text, $4::text, (SELECT "caseNo" FROM no))::jsonb) AS m(id text, channel text, recipient text, subject text, "textBody" text, "htmlBody" text, "dedupeKey" text)
    ON CONFLICT ("dedupeKey") DO NOTHING),
  audit AS (
    SELECT audit_append(upd.id, $30, $31, $32, $2::text, $33::jsonb, $34, $35) AS hash FROM upd)
  SELECT upd.*, (SELECT count(*) FROM audit)::int AS appended FROM upd`;

export interface SubmitTransition {
  action: "submit" | "resubmit";
  actor: Actor & { id: string };
  /** the case as the submit locked and read it (lib/cases/submit.ts) */
  locked: Omit<CaseRef, "caseNo" | "payeeBankName" | "payeeAccountNo"> & { status: CaseStatus; version: number };
  expectedVersion: number;
  now: Date;
  /**
   * A new case's number comes from its counter row in the write itself (the row is then locked only
   * while the write and the commit run): its key and prefix, with patch.caseNo the pendingCaseNo
   * that the notifications and mail carry until the statement puts the number in; null when the case
   * has its number (patch.caseNo) already.
   */
  counter: { key: string; prefix: string } | null;
  patch: {
    caseNo: string; verifyCode: string; revision: number; submitKey: string; ceilingFen: bigint; capYear: number | null;
    payeeAccountName: string; payeeBankName: string; payeeAccountNo: string;
  };
  /** the audit data (the version is added here) */
  data: Record<string, unknown>;
  recipients: readonly TransitionRecipient[];
  limits: { reviewLimitDays: number; confirmLimitDays: number };
  revision: { subject: string; facts: string; factsHash: string; attachments: unknown; fixAnswers: unknown };
  decision: Pick<Decision, "eligible" | "fixed" | "reasons" | "trace" | "rulesetVersion" | "paramsHash">;
}

/**
 * The submit's transition, written in SQL (the hottest write of a round, ADR 027) but decided and
 * told exactly as transitionInTx does it: the same table and checks, the same notifications and
 * mail (transitionNotifications, outboxRowsFor), the same audit body (auditArgs), one transaction.
 */
export async function submitTransitionSql(q: Sql, s: SubmitTransition) {
  const t = mayTake(s.action, s.actor);
  checkTransition(t, s.locked, s.expectedVersion);
  if (dutyOf(s.action)) throw new Error(`${s.action} takes a duty: it goes through transitionInTx`);
  const c = s.locked;
  const notes = transitionNotifications({ ...c, ...s.patch }, c.status, t.to, s.data, s.recipients, s.limits)
    .map((n) => ({ ...n, id: newId(), caseId: c.id, bodyZh: n.bodyZh ?? null, bodyEn: n.bodyEn ?? null }));
  const mail = outboxRowsFor(notes, s.recipients).map((m) => ({ ...m, id: newId(), htmlBody: m.htmlBody ?? null, dedupeKey: m.dedupeKey ?? null }));
  const audit = auditArgs({ caseId: c.id, actorId: s.actor.id, action: s.action, fromStatus: c.status, toStatus: t.to, data: { ...s.data, version: c.version + 1 } });
  const { patch, revision: rev, decision: d } = s;
  const [updated] = await q.rows<{ id: string; version: number; status: CaseStatus; caseNo: string; appended: number }>(SUBMIT_SQL, [
    c.id, t.to, ts(s.now), patch.caseNo, patch.verifyCode, patch.revision, patch.submitKey, patch.ceilingFen, patch.capYear,
    patch.payeeAccountName, patch.payeeBankName, patch.payeeAccountNo, c.version, t.from,
    newId(), rev.subject, rev.facts, rev.factsHash, JSON.stringify(rev.attachments), rev.fixAnswers ? JSON.stringify(rev.fixAnswers) : null,
    newId(), d.eligible, d.fixed, JSON.stringify(d.reasons), JSON.stringify(d.trace), d.rulesetVersion, d.paramsHash,
    JSON.stringify(notes), JSON.stringify(mail),
    s.actor.id, s.action, c.status, audit.data, audit.createdAt, audit.body,
    s.counter?.key ?? null, s.counter?.prefix ?? null,
  ]);
  if (!updated || updated.appended !== 1) throw new ActionError("stale");
  scheduleCheckpoint();
  return updated;
}
