import "server-only";
import { appendAudit } from "../audit/append";
import { requireAdmin } from "../admin/access";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { ActionError, fieldErrorsOf } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { addCalendarDaySchema, CALENDAR_YEARS, removeCalendarDaySchema } from "./calendar-schema";
import { workCalendar, type WorkCalendar } from "./working-days";

type Reader = Pick<Prisma.TransactionClient, "workCalendarDay">;

// The table changes a few times a year; each process reads it at most once a minute (an admin's
// change shows at once in the process that made it, within a minute in the others).
const TTL_MS = 60_000;
let cached: { at: number; cal: WorkCalendar } | null = null;

/** The working-day calendar (holidays and 调休 days); pass a transaction to read inside it. */
export async function loadWorkCalendar(client: Reader = db): Promise<WorkCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.cal;
  const rows = await client.workCalendarDay.findMany({ select: { date: true, kind: true } });
  cached = { at: Date.now(), cal: workCalendar(rows) };
  return cached.cal;
}

/** Forget the cached calendar (after an admin's change, and in tests). */
export function forgetWorkCalendar(): void {
  cached = null;
}

/** One year of the table for the admin page, and which years of the policy's term it covers. */
export async function calendarYear(user: SessionUser | null, year: number) {
  requireAdmin(user);
  const y = Math.min(CALENDAR_YEARS.last, Math.max(CALENDAR_YEARS.first, Math.trunc(year) || CALENDAR_YEARS.first));
  const [rows, years] = await Promise.all([
    db.workCalendarDay.findMany({ where: { date: { startsWith: `${y}-` } }, orderBy: { date: "asc" } }),
    db.$queryRaw<{ year: string; n: bigint }[]>`SELECT substr("date", 1, 4) AS year, count(*) AS n FROM "WorkCalendarDay" GROUP BY 1 ORDER BY 1`,
  ]);
  const covered = years.map((r) => Number(r.year));
  return { year: y, rows, covered };
}

/** Adds a public holiday or a 调休 make-up working day (a Saturday or Sunday). Audited. */
export async function addCalendarDay(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const r = addCalendarDaySchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  const { date, kind, nameZh } = r.data;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (kind === "workday" && weekday !== 0 && weekday !== 6) throw new ActionError("validation", { date: "calendar_workday_weekend" });
  const row = await db.$transaction(async (tx) => {
    const created = await tx.workCalendarDay.createMany({ data: [{ date, kind, nameZh, source: `admin:${admin.id}` }], skipDuplicates: true });
    if (created.count !== 1) throw new ActionError("validation", { date: "calendar_date_exists" });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "calendar_add", fromStatus: null, toStatus: null, data: { date, kind, nameZh } });
    return { date, kind };
  });
  forgetWorkCalendar();
  return row;
}

/** Removes a dated row (the date counts Monday to Friday again). Audited. */
export async function removeCalendarDay(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const r = removeCalendarDaySchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  const { date } = r.data;
  const row = await db.$transaction(async (tx) => {
    const old = await tx.workCalendarDay.findUnique({ where: { date } });
    if (!old) throw new ActionError("not_found");
    const gone = await tx.workCalendarDay.deleteMany({ where: { date } });
    if (gone.count !== 1) throw new ActionError("stale");
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "calendar_remove", fromStatus: null, toStatus: null, data: { date, kind: old.kind, nameZh: old.nameZh, source: old.source } });
    return { date };
  });
  forgetWorkCalendar();
  return row;
}
