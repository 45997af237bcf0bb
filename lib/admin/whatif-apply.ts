import "server-only";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_LPR } from "../../rules/core/params";
import { requireAdmin } from "./access";
import { KNOWN_THROUGH_KEY } from "./lpr";
import { OPEN_STATUSES, runWhatIf, type WhatIfResult } from "./whatif";
import { applySchema, paramChangeSchema, type ParamChange } from "./whatif-schema";

// Paging through the changed cases of a large round should not rerun it for every page: the last
// few previews are kept for a while, keyed by the change and a stamp of everything a rerun reads.
const CACHE_MS = 15 * 60_000;
const CACHE_SIZE = 4;
const cache = new Map<string, { at: number; result: WhatIfResult }>();

async function dataStamp(roundId: string): Promise<string> {
  const [r] = await db.$queryRaw<Record<string, string | null>[]>`
    SELECT (SELECT max("updatedAt") FROM "Case")::text AS cases, (SELECT count(*) FROM "Case")::text AS n,
           (SELECT max("updatedAt") FROM "Organisation")::text AS orgs,
           (SELECT string_agg(month || ':' || bp, ',' ORDER BY month) FROM "LprRate") AS lpr,
           (SELECT value::text FROM "Setting" WHERE key = 'lprKnownThrough') AS known,
           (SELECT "updatedAt"::text FROM "Round" WHERE id = ${roundId}) AS round`;
  return JSON.stringify(r);
}

/** The preview, for an admin: nothing is written. */
export async function previewWhatIf(user: SessionUser | null, roundId: string, rawChange: unknown): Promise<WhatIfResult> {
  requireAdmin(user);
  const change = paramChangeSchema.safeParse(rawChange);
  if (!change.success) throw new ActionError("validation", fieldErrorsOf(change.error));
  if (!(await db.round.findUnique({ where: { id: roundId }, select: { id: true } }))) throw new ActionError("not_found");
  const key = `${roundId}\n${JSON.stringify(change.data)}\n${await dataStamp(roundId)}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.result;
  const result = await runWhatIf(db, roundId, change.data);
  cache.set(key, { at: Date.now(), result });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

const AUDITED_IDS = 10_000;

/**
 * Applies a what-if: reruns it inside the transaction (the preview may be old), writes the
 * changed grades and blacklist switch into Round.params, a changed LPR value into the LPR table
 * (it is one table for every round), flags the changed open cases (submitted, proposed) for
 * re-review, and audits it all in the same transaction.
 */
export async function applyWhatIf(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const parsed = applySchema.safeParse(raw);
  if (!parsed.success) throw new ActionError("validation", fieldErrorsOf(parsed.error));
  const { roundId, change, roundUpdatedAt } = parsed.data;
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ updatedAt: Date; params: unknown }[]>`SELECT "updatedAt", params FROM "Round" WHERE id = ${roundId} FOR UPDATE`;
    if (!locked.length) throw new ActionError("not_found");
    if (locked[0].updatedAt.toISOString() !== roundUpdatedAt) throw new ActionError("stale");
    const result = await runWhatIf(tx, roundId, change);
    const stored = (locked[0].params && typeof locked[0].params === "object" ? locked[0].params : {}) as Record<string, unknown>;
    const params = { ...stored, ...roundOverrides(stored, change) };
    await tx.round.update({ where: { id: roundId }, data: { params: params as Prisma.InputJsonValue } });
    if (change.lpr) await setLpr(tx, change.lpr);
    let flagged = 0;
    for (let i = 0; i < result.openAffectedIds.length; i += 5000) {
      const ids = result.openAffectedIds.slice(i, i + 5000);
      flagged += (await tx.case.updateMany({ where: { id: { in: ids }, status: { in: [...OPEN_STATUSES] } }, data: { needsReReview: true } })).count;
    }
    const summary = {
      cases: result.cases, changedCases: result.changedCases, becameIneligible: result.becameIneligible, becameEligible: result.becameEligible,
      ceilingChanged: result.ceilingChanged, deltaFen: result.deltaFen, flagged,
    };
    await appendAudit(tx, {
      caseId: null, actorId: admin.id, action: "whatif_apply", fromStatus: null, toStatus: null,
      data: {
        roundId, change, paramsBefore: stored, paramsAfter: params, ...summary,
        flaggedCaseIds: result.openAffectedIds.slice(0, AUDITED_IDS), flaggedIdsTruncated: result.openAffectedIds.length > AUDITED_IDS,
      },
    });
    return summary;
  }, { timeout: 600_000, maxWait: 20_000 });
}

function roundOverrides(stored: Record<string, unknown>, change: ParamChange) {
  const out: Record<string, unknown> = {};
  if (change.eligibleGrades) {
    const prev = stored.eligibleGrades && typeof stored.eligibleGrades === "object" ? stored.eligibleGrades : {};
    out.eligibleGrades = { ...prev, ...change.eligibleGrades };
  }
  if (change.blacklistCheck !== undefined) out.blacklistCheck = change.blacklistCheck;
  return out;
}

async function setLpr(tx: Prisma.TransactionClient, lpr: { month: string; bp: number }) {
  if ((await tx.lprRate.count()) === 0) await tx.lprRate.createMany({ data: DEFAULT_LPR.map((e) => ({ month: e.from, bp: e.bp })), skipDuplicates: true });
  await tx.lprRate.upsert({ where: { month: lpr.month }, update: { bp: lpr.bp }, create: { month: lpr.month, bp: lpr.bp } });
  const known = await tx.setting.findUnique({ where: { key: KNOWN_THROUGH_KEY } });
  const current = typeof known?.value === "string" ? known.value : "2026-11";
  if (lpr.month > current) await tx.setting.upsert({ where: { key: KNOWN_THROUGH_KEY }, update: { value: lpr.month }, create: { key: KNOWN_THROUGH_KEY, value: lpr.month } });
}

/** one page of the changed cases with the organisations' names */
export async function changedPage(result: WhatIfResult, page: number, pageSize = 20) {
  const pages = Math.max(1, Math.ceil(result.changed.length / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = result.changed.slice((p - 1) * pageSize, p * pageSize);
  const orgs = await db.organisation.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.organisationId))] } }, select: { id: true, name: true } });
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return { page: p, pages, rows: rows.map((r) => ({ ...r, organisationName: names.get(r.organisationId) ?? "" })) };
}
