import "server-only";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { DEFAULT_LPR } from "../../rules/core/params";
import { requireAdmin } from "./access";
import { knownThroughSchema, lprRateSchema } from "./lpr-schema";

export const KNOWN_THROUGH_KEY = "lprKnownThrough";
const DEFAULT_KNOWN_THROUGH = "2026-11";

/** The table as the rules read it (lib/cases/rules-input.ts roundParams): rows, else the defaults. */
export async function lprTable(user: SessionUser | null) {
  requireAdmin(user);
  const [rows, known] = await Promise.all([
    db.lprRate.findMany({ orderBy: { month: "asc" } }),
    db.setting.findUnique({ where: { key: KNOWN_THROUGH_KEY } }),
  ]);
  return {
    entries: rows.length ? rows.map((r) => ({ month: r.month, bp: r.bp, createdAt: r.createdAt as Date | null })) : DEFAULT_LPR.map((e) => ({ month: e.from, bp: e.bp, createdAt: null })),
    knownThrough: typeof known?.value === "string" ? known.value : DEFAULT_KNOWN_THROUGH,
  };
}

/** Adds the LPR published in a month; the rules use it from the next evaluation on. */
export async function addLprRate(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const r = lprRateSchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  const { month, bp } = r.data;
  return db.$transaction(async (tx) => {
    if (await tx.lprRate.findUnique({ where: { month } })) throw new ActionError("validation", { month: "lpr_month_exists" });
    // the first admin row replaces the built-in defaults: copy them so nothing is lost
    if ((await tx.lprRate.count()) === 0) await tx.lprRate.createMany({ data: DEFAULT_LPR.map((e) => ({ month: e.from, bp: e.bp })), skipDuplicates: true });
    const row = await tx.lprRate.create({ data: { month, bp } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "lpr_add", fromStatus: null, toStatus: null, data: { month, bp } });
    return row;
  });
}

/** Moves the last month the table is known to be current forward (never back). */
export async function moveKnownThrough(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const r = knownThroughSchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  const next = r.data.knownThrough;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(7242025)::text`;
    const row = await tx.setting.findUnique({ where: { key: KNOWN_THROUGH_KEY } });
    const current = typeof row?.value === "string" ? row.value : DEFAULT_KNOWN_THROUGH;
    if (next <= current) throw new ActionError("validation", { knownThrough: "known_through_backward" }, { current });
    await tx.setting.upsert({ where: { key: KNOWN_THROUGH_KEY }, update: { value: next }, create: { key: KNOWN_THROUGH_KEY, value: next } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "lpr_known_through", fromStatus: null, toStatus: null, data: { from: current, to: next } });
    return { knownThrough: next };
  });
}
