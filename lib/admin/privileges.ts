import "server-only";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { Prisma, PrivilegeKind, Role } from "../generated/prisma/client";
import { requireAdmin } from "./access";
import { decideSchema } from "./user-schema";

/**
 * Maker-checker on staff privileges (issue 16 §2 "No one can pay alone"; the second factor's reset,
 * issue 14 §3): one admin asks, a
 * second admin approves or rejects, and only the approval changes the account. A new staff account
 * stays inactive until then. The rules are enforced here, not in the page: the approver must be
 * another admin than the requester and not the account concerned, and a request is decided once
 * (the state is guarded in the UPDATE, so a double click or a race changes nothing twice).
 */

type Ask = { kind: PrivilegeKind; targetUserId: string; email: string; role?: Role | null; bureauId?: string | null; passwordHash?: string };

/** Files a request inside the caller's transaction (one pending request per account) and audits it. */
export async function requestPrivilege(tx: Prisma.TransactionClient, admin: SessionUser, ask: Ask) {
  // the account's row lock serialises two requests for the same account
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${ask.targetUserId} FOR UPDATE`;
  if (await tx.privilegeRequest.count({ where: { targetUserId: ask.targetUserId, state: "pending" } })) throw new ActionError("privilege_pending");
  const r = await tx.privilegeRequest.create({
    data: { kind: ask.kind, targetUserId: ask.targetUserId, role: ask.role ?? null, bureauId: ask.bureauId ?? null, passwordHash: ask.passwordHash ?? null, requestedById: admin.id },
  });
  await appendAudit(tx, {
    caseId: null, actorId: admin.id, action: "privilege_request", fromStatus: null, toStatus: "pending",
    data: { requestId: r.id, kind: r.kind, userId: ask.targetUserId, email: ask.email, role: r.role, bureauId: r.bureauId },
  });
  return { id: ask.targetUserId, requestId: r.id, pending: true as const };
}

/** Pending requests, oldest first, with who asked and for whom. */
export async function listPendingPrivileges(user: SessionUser | null) {
  requireAdmin(user);
  const rows = await db.privilegeRequest.findMany({
    where: { state: "pending" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, role: true, bureauId: true, requestedById: true, createdAt: true, target: { select: { id: true, email: true, name: true, role: true, bureauId: true } } },
  });
  const requesters = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.requestedById))] } }, select: { id: true, name: true } });
  const nameOf = new Map(requesters.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, requestedByName: nameOf.get(r.requestedById) ?? r.requestedById }));
}

export function approvePrivilege(user: SessionUser | null, raw: unknown) {
  return decide(user, raw, "approved");
}

/** Any admin may reject, the requester included (withdrawing their own request). */
export function rejectPrivilege(user: SessionUser | null, raw: unknown) {
  return decide(user, raw, "rejected");
}

async function decide(user: SessionUser | null, raw: unknown, to: "approved" | "rejected") {
  const admin = requireAdmin(user);
  const parsed = decideSchema.safeParse(raw);
  if (!parsed.success) throw new ActionError("validation", fieldErrorsOf(parsed.error));
  const { requestId } = parsed.data;
  return db.$transaction(async (tx) => {
    const r = await tx.privilegeRequest.findUnique({ where: { id: requestId }, include: { target: true } });
    if (!r) throw new ActionError("not_found");
    if (r.state !== "pending") throw new ActionError("bad_state");
    // requester and account never change, so checking them before the guarded UPDATE is enough
    if (to === "approved" && (r.requestedById === admin.id || r.targetUserId === admin.id)) throw new ActionError("self_approval");
    // the guard: only a pending request changes state, once, whoever comes second gets bad_state
    const won = await tx.privilegeRequest.updateMany({
      where: { id: r.id, state: "pending" },
      data: { state: to, decidedById: admin.id, decidedAt: new Date(), passwordHash: null },
    });
    if (won.count !== 1) throw new ActionError("bad_state");
    const before = { role: r.target.role, bureauId: r.target.bureauId, active: r.target.active };
    if (to === "approved") {
      await tx.user.update({ where: { id: r.targetUserId }, data: { ...effect(r), sessionVersion: { increment: 1 } } });
      // a lost authenticator: the factor and its recovery codes go; the user enrols again at next sign-in
      if (r.kind === "reset_second_factor") {
        await tx.secondFactor.deleteMany({ where: { userId: r.targetUserId } });
        await tx.recoveryCode.deleteMany({ where: { userId: r.targetUserId } });
      }
    }
    await appendAudit(tx, {
      caseId: null, actorId: admin.id, action: to === "approved" ? "privilege_approve" : "privilege_reject", fromStatus: "pending", toStatus: to,
      data: { requestId: r.id, kind: r.kind, userId: r.targetUserId, email: r.target.email, requestedById: r.requestedById, role: r.role, bureauId: r.bureauId, before },
    });
    return { id: r.id, state: to };
  });
}

/** What an approved request does to the account. */
function effect(r: { kind: PrivilegeKind; role: Role | null; bureauId: string | null; passwordHash: string | null }): Prisma.UserUncheckedUpdateInput {
  switch (r.kind) {
    case "create_staff":
      return { active: true };
    case "change_role":
      return { role: r.role!, bureauId: r.bureauId };
    case "activate":
      return { active: true };
    case "reset_password":
      return { passwordHash: r.passwordHash! };
    case "reset_second_factor":
      return {}; // the factor's rows are deleted by decide(); the session version bump ends every session
  }
}
