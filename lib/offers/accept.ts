import "server-only";
// Accepting a 免申即享 offer: the offer becomes a case through the one submit (lib/cases/submit.ts),
// so the round, the verification, the bank account, the duplicate claims and the rules are checked
// as for any application, and the state machine writes the audit with the change.
//   1. under the offer's row lock: it must be this organisation's, still offered and not expired;
//      its draft is made (or the one made by an interrupted earlier try is taken again);
//   2. submitCase with a key derived from the offer: a second submit of it returns the same case;
//   3. the offer is marked accepted, only if still offered: of two accepts at once one wins, the
//      other is told the offer was already taken (offer_closed). One offer makes one case.
import type { SessionUser } from "../auth/sign-in";
import { appendAudit } from "../audit/append";
import { openRoundFor } from "../cases/drafts";
import { submitCase } from "../cases/submit";
import { db } from "../db/client";
import { ActionError } from "../errors";
import { rememberFacts } from "../organisations/facts";
import { rowsFromMeasureFacts } from "@/rules/screener/profile";
import { engine } from "@/rules";

function ownOrganisation(user: SessionUser): string {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  return user.organisationId;
}

async function lockOwnOffer(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], user: SessionUser, offerId: string) {
  const organisationId = ownOrganisation(user);
  if (offerId.length > 64) throw new ActionError("not_found");
  await tx.$queryRaw`SELECT 1 FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
  const o = await tx.offer.findUnique({ where: { id: offerId } });
  // another organisation's offer looks exactly like none
  if (!o || o.organisationId !== organisationId) throw new ActionError("not_found");
  return o;
}

/** Accepts the organisation's own offer; returns the submitted case's number. */
export async function acceptOffer(user: SessionUser, input: { offerId: string; commitment: true }, now = new Date()) {
  const prepared = await db.$transaction(async (tx) => {
    const o = await lockOwnOffer(tx, user, input.offerId);
    if (o.status !== "offered") throw new ActionError("offer_closed", undefined, { status: o.status });
    if (o.expiresAt < now) {
      await tx.offer.update({ where: { id: o.id }, data: { status: "expired" } });
      return { expired: true as const };
    }
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: o.organisationId }, select: { bankAccountNo: true, bankName: true, bankAccountName: true, name: true } });
    if (!org.bankAccountNo || !org.bankName || org.bankAccountName !== org.name) throw new ActionError("bank_account_missing");
    if (o.caseId) {
      const c = await tx.case.findUniqueOrThrow({ where: { id: o.caseId }, select: { id: true, version: true } });
      return { caseId: c.id, version: c.version };
    }
    const m = engine.measures.get(o.measureId);
    const round = (await openRoundFor(o.measureId, now)) ?? (await tx.round.findUnique({ where: { id: o.roundId } }));
    if (!m || !round) throw new ActionError("no_open_round");
    const c = await tx.case.create({
      data: {
        organisationId: o.organisationId, measureId: o.measureId, roundId: round.id, leadBureauId: m.leadBureau, subject: o.subject,
        facts: o.facts as never, createdById: user.id, createKey: `offer-${o.id}`,
      },
    });
    await tx.offer.update({ where: { id: o.id }, data: { caseId: c.id } });
    await appendAudit(tx, { caseId: c.id, actorId: user.id, action: "create_draft", fromStatus: null, toStatus: "draft", data: { measureId: o.measureId, offerId: o.id } });
    return { caseId: c.id, version: c.version };
  });
  if ("expired" in prepared) throw new ActionError("offer_expired");

  const submitted = await submitCase(user, { caseId: prepared.caseId, version: prepared.version, submitKey: `offer-${input.offerId}`, commitment: true, acceptMissingDocuments: true }, now);

  return db.$transaction(async (tx) => {
    const o = await lockOwnOffer(tx, user, input.offerId);
    if (o.status !== "offered") throw new ActionError("offer_closed", undefined, { status: o.status });
    await tx.offer.update({ where: { id: o.id }, data: { status: "accepted", decidedById: user.id, decidedAt: now } });
    // the list's facts, now confirmed by the organisation, prefill its later forms
    await rememberFacts(tx, o.organisationId, user.id, rowsFromMeasureFacts(o.measureId, o.facts as Record<string, unknown>), "import");
    await appendAudit(tx, { caseId: prepared.caseId, actorId: user.id, action: "offer_accept", fromStatus: null, toStatus: null, data: { offerId: o.id, caseNo: submitted.caseNo } });
    return { caseId: prepared.caseId, caseNo: submitted.caseNo };
  });
}

/** Declines the organisation's own offer (nothing is filed; the offer is not made again). */
export async function declineOffer(user: SessionUser, input: { offerId: string }, now = new Date()) {
  await db.$transaction(async (tx) => {
    const o = await lockOwnOffer(tx, user, input.offerId);
    if (o.status !== "offered" || o.caseId) throw new ActionError("offer_closed", undefined, { status: o.status });
    await tx.offer.update({ where: { id: o.id }, data: { status: "declined", decidedById: user.id, decidedAt: now } });
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "offer_decline", fromStatus: null, toStatus: null, data: { offerId: o.id, measureId: o.measureId } });
  });
}

/** The organisation's open offers (offered, not expired), newest first. */
export async function openOffers(user: SessionUser, now = new Date()) {
  const organisationId = ownOrganisation(user);
  return db.offer.findMany({ where: { organisationId, status: "offered", expiresAt: { gte: now } }, orderBy: { createdAt: "desc" } });
}
