import "server-only";
// What the portal knows about an organisation beyond its identity: the facts it answered in the
// calculator, corrected on its profile, or accepted from a government list, and what its earlier
// cases declared. The calculator resumes from them, the home page recommends from them, and every
// new draft is prefilled from them (docs/decisions/026-offers-and-profile-facts.md).
import { engine } from "@/rules";
import { answersToRows, prefillFacts, rowProblem, rowsFromCases, rowsToAnswers, type FactRow } from "@/rules/screener/profile";
import type { ScreenerAnswers } from "@/rules/screener/screener";
import { ActionError } from "../errors";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { FactSource } from "../generated/prisma/enums";
import { beijingDate } from "../calendar/working-days";

type Tx = Prisma.TransactionClient;

export interface KnownFact extends FactRow {
  source: FactSource;
  /** stored rows: when and who; case rows: the case number */
  updatedAt: Date | null;
  caseNo: string | null;
  /** a stored row (editable, clearable) or one read from an earlier case */
  stored: boolean;
}

/** today in Beijing, YYYY-MM-DD: the date the screener and the prefill assume */
export const todayInBeijing = (now = new Date()) => beijingDate(now);

const key = (r: { measureId: string; name: string }) => `${r.measureId}|${r.name}`;

function ownOrganisation(user: SessionUser): string {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  return user.organisationId;
}

/** Every fact the portal holds for the organisation: its stored ones, then what earlier cases add. */
export async function knownFacts(organisationId: string, asOf = todayInBeijing()): Promise<KnownFact[]> {
  const [stored, cases] = await Promise.all([
    db.organisationFact.findMany({ where: { organisationId }, orderBy: [{ measureId: "asc" }, { name: "asc" }] }),
    db.case.findMany({
      where: { organisationId, submittedAt: { not: null }, status: { notIn: ["draft", "discarded", "withdrawn"] } },
      orderBy: { submittedAt: "desc" }, take: 50, select: { measureId: true, facts: true, caseNo: true },
    }),
  ]);
  const out: KnownFact[] = stored.map((r) => ({ measureId: r.measureId, name: r.name, value: r.value, source: r.source, updatedAt: r.updatedAt, caseNo: null, stored: true }));
  const have = new Set(out.map(key));
  for (const r of rowsFromCases(cases, asOf)) {
    if (!have.has(key(r))) out.push({ ...r, source: "case", updatedAt: null, stored: false });
  }
  return out;
}

/** The screener's answers as the portal knows them for the organisation (its type and registration first). */
export async function knownAnswers(organisationId: string, asOf = todayInBeijing()): Promise<ScreenerAnswers> {
  const [org, facts] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { orgType: true, registeredInCity: true } }),
    knownFacts(organisationId, asOf),
  ]);
  return rowsToAnswers(facts, { orgType: org.orgType, registeredInCity: org.registeredInCity });
}

/** The facts a new draft of the measure starts with (valid for its form; possibly none). */
export async function prefillFor(organisationId: string, measureId: string, asOf = todayInBeijing()): Promise<Record<string, unknown>> {
  const m = engine.measures.get(measureId);
  if (!m) return {};
  return prefillFacts(m, await knownAnswers(organisationId, asOf), asOf);
}

async function upsertRows(tx: Tx, organisationId: string, userId: string, rows: readonly FactRow[], source: FactSource) {
  for (const r of rows) {
    const where = { organisationId_measureId_name: { organisationId, measureId: r.measureId, name: r.name } };
    const old = await tx.organisationFact.findUnique({ where });
    // an unchanged value keeps its source: answering "yes" again does not make a listed fact the applicant's
    if (old && JSON.stringify(old.value) === JSON.stringify(r.value)) continue;
    await tx.organisationFact.upsert({
      where,
      create: { organisationId, measureId: r.measureId, name: r.name, value: r.value as Prisma.InputJsonValue, source, updatedById: userId },
      update: { value: r.value as Prisma.InputJsonValue, source, updatedById: userId },
    });
  }
}

function checkRows(rows: readonly FactRow[]) {
  const bad: Record<string, string> = {};
  for (const r of rows) {
    const p = rowProblem(r, engine);
    if (p) bad[r.measureId ? `${r.measureId}.${r.name}` : r.name] = p;
  }
  if (Object.keys(bad).length) throw new ActionError("validation", bad);
}

/**
 * The calculator's answers of a signed-in applicant, kept on its organisation's profile. The whole
 * answer set is sent each time: a fact the flow no longer holds (the applicant went back) and that
 * the screener wrote is removed; facts from elsewhere stay. Every value is checked against the
 * measures' field specs, and the answers must start from the organisation's own type and
 * registration; a bad one refuses the whole save and changes nothing.
 */
export async function saveScreenerAnswers(user: SessionUser, answers: ScreenerAnswers): Promise<{ saved: number }> {
  const organisationId = ownOrganisation(user);
  const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { orgType: true, registeredInCity: true } });
  // answers about another kind of organisation (the flow starts from this one's type and registration) are not its facts
  if (answers.orgType !== org.orgType || answers.registeredInCity !== org.registeredInCity) throw new ActionError("validation", { orgType: "invalid" });
  const rows = answersToRows(answers);
  checkRows(rows);
  const keep = new Set(rows.map(key));
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`facts:${organisationId}`}, 0))`;
    const screener = await tx.organisationFact.findMany({ where: { organisationId, source: "screener" }, select: { id: true, measureId: true, name: true } });
    const gone = screener.filter((r) => !keep.has(key(r))).map((r) => r.id);
    if (gone.length) await tx.organisationFact.deleteMany({ where: { id: { in: gone } } });
    await upsertRows(tx, organisationId, user.id, rows, "screener");
    return { saved: rows.length };
  });
}

/** One fact set on the profile page (the applicant's own correction). */
export async function setFact(user: SessionUser, row: FactRow): Promise<void> {
  const organisationId = ownOrganisation(user);
  checkRows([row]);
  await db.$transaction((tx) => upsertRows(tx, organisationId, user.id, [row], "profile"));
}

/** One fact removed from the profile (a fact read from an earlier case cannot be: that case is signed). */
export async function clearFact(user: SessionUser, row: { measureId: string; name: string }): Promise<void> {
  const organisationId = ownOrganisation(user);
  const n = await db.organisationFact.deleteMany({ where: { organisationId, measureId: row.measureId, name: row.name } });
  if (n.count === 0) throw new ActionError("not_found");
}

/** Facts an accepted offer brought (the government's list, confirmed by the applicant), in its transaction. */
export async function rememberFacts(tx: Tx, organisationId: string, userId: string, rows: readonly FactRow[], source: FactSource): Promise<void> {
  await upsertRows(tx, organisationId, userId, rows.filter((r) => rowProblem(r, engine) === null), source);
}
