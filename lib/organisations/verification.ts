import "server-only";
import { Prisma } from "../generated/prisma/client";
import { ActionError } from "../errors";
import { appendAudit } from "../audit/append";
import { analyseCreditCode } from "../auth/credit-code";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { notifyUsers } from "../notifications/notify-users";
import { storeLicence, type LicenceFile } from "./licence";
import { VERIFY_TEXT } from "./verification-text";

// An organisation proves who it is with its licence (营业执照 / 法人证书); an admin decides
// (docs/decisions/021-organisation-verification.md). Three kinds of request share one record and
// one decision: `initial` (a new organisation), `change` (a verified one changes code, name or
// type) and `dispute` (someone else claims a code that is already registered).

export interface ClaimFacts {
  creditCode: string;
  name: string;
  orgType: string;
}

type Tx = Prisma.TransactionClient;

async function lockOrganisation(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${id} FOR UPDATE`;
  return tx.organisation.findUniqueOrThrow({ where: { id } });
}

/** What the applicant's pages say about the organisation: verified, waiting, or what to do. */
export async function verificationStanding(user: SessionUser) {
  if (!user.organisationId) {
    const dispute = await db.orgVerification.findFirst({ where: { requestedById: user.id, kind: "dispute" }, orderBy: { createdAt: "desc" } });
    return { bound: false as const, verified: false, latest: dispute };
  }
  const [org, latest] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: user.organisationId } }),
    db.orgVerification.findFirst({ where: { organisationId: user.organisationId, kind: { in: ["initial", "change"] } }, orderBy: { createdAt: "desc" } }),
  ]);
  return { bound: true as const, verified: !!org.verifiedAt, org, latest };
}

/**
 * The applicant's organisation asks to be verified (not yet verified) or to change its code, name or
 * type (verified): one pending request at a time. The licence is stored first; the request goes in
 * under the organisation's row lock.
 */
export async function requestVerification(user: SessionUser, facts: ClaimFacts, licence: LicenceFile) {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  const orgId = user.organisationId;
  const stored = await storeLicence(licence);
  return db.$transaction(async (tx) => {
    const org = await lockOrganisation(tx, orgId);
    const kind = org.verifiedAt ? "change" : "initial";
    // a new organisation proves the code it registered; a different code is a change after verification
    if (kind === "initial" && facts.creditCode !== org.creditCode) throw new ActionError("validation", { creditCode: "credit_code_fixed" });
    if (kind === "change" && facts.creditCode === org.creditCode && facts.name === org.name && facts.orgType === org.orgType) {
      throw new ActionError("validation", { name: "nothing_changed" });
    }
    if (facts.creditCode !== org.creditCode && (await tx.organisation.findUnique({ where: { creditCode: facts.creditCode }, select: { id: true } }))) {
      throw new ActionError("validation", { creditCode: "credit_code_in_use" });
    }
    if (await tx.orgVerification.findFirst({ where: { organisationId: orgId, state: "pending", kind: { in: ["initial", "change"] } }, select: { id: true } })) {
      throw new ActionError("verification_pending");
    }
    const v = await tx.orgVerification.create({
      data: {
        kind, organisationId: orgId, requestedById: user.id, creditCode: facts.creditCode, name: facts.name, orgType: facts.orgType as never,
        proposedInCity: analyseCreditCode(facts.creditCode).proposedInWeihai, ...stored,
      },
    });
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "org_verification_request", fromStatus: null, toStatus: "pending", data: { organisationId: orgId, verificationId: v.id, kind, licenceSha256: stored.licenceSha256 } });
    return v;
  });
}

/**
 * A signed-in applicant without an organisation claims a code someone else registered, with its
 * licence. The earlier registrants are told at once; an admin decides.
 */
export async function fileDispute(user: SessionUser, facts: ClaimFacts, licence: LicenceFile) {
  if (user.role !== "applicant") throw new ActionError("forbidden");
  if (user.organisationId) throw new ActionError("already_bound");
  const stored = await storeLicence(licence);
  return db.$transaction(async (tx) => {
    const target = await tx.organisation.findUnique({ where: { creditCode: facts.creditCode }, select: { id: true } });
    if (!target) throw new ActionError("validation", { creditCode: "credit_code_not_registered" });
    await lockOrganisation(tx, target.id);
    if (await tx.orgVerification.findFirst({ where: { organisationId: target.id, requestedById: user.id, state: "pending" }, select: { id: true } })) {
      throw new ActionError("verification_pending");
    }
    const v = await tx.orgVerification.create({
      data: {
        kind: "dispute", organisationId: target.id, requestedById: user.id, creditCode: facts.creditCode, name: facts.name, orgType: facts.orgType as never,
        proposedInCity: analyseCreditCode(facts.creditCode).proposedInWeihai, ...stored,
      },
    });
    const earlier = await tx.user.findMany({ where: { organisationId: target.id, active: true }, select: { id: true } });
    await notifyUsers(tx, earlier.map((u) => ({ userId: u.id, ...VERIFY_TEXT.disputeFiled(facts.creditCode) })));
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "org_dispute_file", fromStatus: null, toStatus: "pending", data: { organisationId: target.id, verificationId: v.id, licenceSha256: stored.licenceSha256 } });
    return v;
  });
}

export interface Decision {
  id: string;
  approve: boolean;
  /** the verifier's answer to "registered in Weihai" (approve) */
  registeredInCity?: boolean;
  /** required to reject */
  reason?: string;
}

/**
 * An admin decides a pending request. The request row is locked and must still be pending, so a
 * double click or two admins at once decide it once; the second gets already_decided.
 */
export async function decideVerification(admin: SessionUser, d: Decision, now = new Date()) {
  if (admin.role !== "admin") throw new ActionError("forbidden");
  const reason = d.reason?.trim() ?? "";
  if (!d.approve && reason.length < 2) throw new ActionError("validation", { reason: "reason_required" });
  if (d.approve && typeof d.registeredInCity !== "boolean") throw new ActionError("validation", { registeredInCity: "required" });
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OrgVerification" WHERE id = ${d.id} FOR UPDATE`;
    if (rows.length === 0) throw new ActionError("not_found");
    const v = await tx.orgVerification.findUniqueOrThrow({ where: { id: d.id } });
    if (v.state !== "pending") throw new ActionError("already_decided");
    if (v.requestedById === admin.id) throw new ActionError("self_approval");
    const org = await lockOrganisation(tx, v.organisationId);
    const decided = { state: d.approve ? "approved" : "rejected", reason: reason || null, decidedById: admin.id, decidedAt: now } as const;
    const base = { organisationId: org.id, verificationId: v.id, kind: v.kind };

    if (!d.approve) {
      await tx.orgVerification.update({ where: { id: v.id }, data: decided });
      const earlier = v.kind === "dispute" ? await tx.user.findMany({ where: { organisationId: org.id, active: true }, select: { id: true } }) : [];
      await notifyUsers(tx, [
        { userId: v.requestedById, ...VERIFY_TEXT.rejected(v.kind, reason) },
        ...earlier.map((u) => ({ userId: u.id, ...VERIFY_TEXT.disputeRejectedForEarlier(v.creditCode) })),
      ]);
      await appendAudit(tx, { caseId: null, actorId: admin.id, action: v.kind === "dispute" ? "org_dispute_reject" : "org_verification_reject", fromStatus: "pending", toStatus: "rejected", data: { ...base, reason } });
      return { state: "rejected" as const };
    }

    if (v.creditCode !== org.creditCode && (await tx.organisation.findFirst({ where: { creditCode: v.creditCode, NOT: { id: org.id } }, select: { id: true } }))) {
      throw new ActionError("credit_code_in_use");
    }
    const orgFacts = { creditCode: v.creditCode, name: v.name, orgType: v.orgType, registeredInCity: d.registeredInCity!, verifiedAt: now };
    const before = { creditCode: org.creditCode, name: org.name, orgType: org.orgType, registeredInCity: org.registeredInCity, verifiedAt: org.verifiedAt?.toISOString() ?? null };

    if (v.kind === "dispute") {
      const claimant = await tx.user.findUnique({ where: { id: v.requestedById } });
      if (!claimant || !claimant.active || claimant.role !== "applicant" || claimant.organisationId) throw new ActionError("claimant_unavailable");
      const earlier = await tx.user.findMany({ where: { organisationId: org.id }, select: { id: true } });
      const ids = earlier.map((u) => u.id);
      // the earlier registrants lose the organisation and every session they hold now
      await tx.user.updateMany({ where: { id: { in: ids } }, data: { organisationId: null, sessionVersion: { increment: 1 } } });
      await tx.userSession.updateMany({ where: { userId: { in: ids }, revokedAt: null }, data: { revokedAt: now } });
      await tx.user.update({ where: { id: claimant.id }, data: { organisationId: org.id } });
      await tx.organisation.update({ where: { id: org.id }, data: orgFacts });
      await tx.orgVerification.update({ where: { id: v.id }, data: { ...decided, registeredInCity: d.registeredInCity } });
      // whatever else was waiting about this organisation is settled by the dispute
      await tx.orgVerification.updateMany({
        where: { organisationId: org.id, state: "pending", NOT: { id: v.id } },
        data: { state: "rejected", reason: VERIFY_TEXT.supersededReason, decidedById: admin.id, decidedAt: now },
      });
      await notifyUsers(tx, [
        { userId: claimant.id, ...VERIFY_TEXT.disputeUpheld(v.creditCode) },
        ...ids.map((id) => ({ userId: id, ...VERIFY_TEXT.detached(v.creditCode) })),
      ]);
      await appendAudit(tx, { caseId: null, actorId: admin.id, action: "org_dispute_uphold", fromStatus: "pending", toStatus: "approved", data: { ...base, claimantId: claimant.id, detachedUserIds: ids, before, after: { ...orgFacts, verifiedAt: now.toISOString() } } });
      return { state: "approved" as const };
    }

    await tx.organisation.update({ where: { id: org.id }, data: orgFacts });
    await tx.orgVerification.update({ where: { id: v.id }, data: { ...decided, registeredInCity: d.registeredInCity } });
    const members = await tx.user.findMany({ where: { organisationId: org.id, active: true }, select: { id: true } });
    await notifyUsers(tx, members.map((u) => ({ userId: u.id, ...VERIFY_TEXT.approved(v.kind) })));
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "org_verification_approve", fromStatus: "pending", toStatus: "approved", data: { ...base, before, after: { ...orgFacts, verifiedAt: now.toISOString() } } });
    return { state: "approved" as const };
  });
}
