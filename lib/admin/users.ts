import "server-only";
import type * as z from "zod/mini";
import { ActionError, fieldErrorsOf } from "../errors";
import { appendAudit } from "../audit/append";
import { rejectCommonPassword } from "../auth/common-passwords";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { requireAdmin } from "./access";
import { utcToBeijingInput } from "./beijing-time";
import { requestPrivilege } from "./privileges";
import { activeSchema, blacklistSchema, bureauFor, clearBlacklistSchema, resetPasswordSchema, roleSchema, staffSchema, userIdSchema } from "./user-schema";

function parse<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  return r.data;
}

async function staffUser(tx: Prisma.TransactionClient, userId: string) {
  const u = await tx.user.findUnique({ where: { id: userId } });
  if (!u || u.role === "applicant") throw new ActionError("not_found");
  return u;
}

export async function listStaff(user: SessionUser | null) {
  requireAdmin(user);
  return db.user.findMany({
    where: { role: { not: "applicant" } },
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: {
      id: true, email: true, name: true, role: true, bureauId: true, active: true, lastLoginAt: true, createdAt: true,
      privilegeRequests: { where: { state: "pending" }, select: { kind: true } },
      secondFactor: { select: { confirmedAt: true } },
    },
  });
}

/**
 * Opens a staff account that stays inactive (cannot sign in, holds no staff power) until a second
 * admin approves the create_staff request filed with it (lib/admin/privileges.ts).
 */
export async function createStaff(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(staffSchema, raw);
  rejectCommonPassword(v.password);
  if (await db.user.findUnique({ where: { email: v.email }, select: { id: true } })) throw new ActionError("validation", { email: "email_taken" });
  const passwordHash = await hashPassword(v.password);
  try {
    return await db.$transaction(async (tx) => {
      const bureauId = bureauFor(v.role, v.bureauId);
      const u = await tx.user.create({ data: { email: v.email, name: v.name, role: v.role, bureauId, passwordHash, active: false } });
      return requestPrivilege(tx, admin, { kind: "create_staff", targetUserId: u.id, email: u.email, role: v.role, bureauId });
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ActionError("validation", { email: "email_taken" });
    throw e;
  }
}

/** Asks for a new role and bureau; on a second admin's approval it applies and ends their sessions. An admin cannot drop their own admin role. */
export async function setStaffRole(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(roleSchema, raw);
  if (v.userId === admin.id && v.role !== "admin") throw new ActionError("validation", { role: "self_admin_role" });
  return db.$transaction(async (tx) => {
    const u = await staffUser(tx, v.userId);
    return requestPrivilege(tx, admin, { kind: "change_role", targetUserId: u.id, email: u.email, role: v.role, bureauId: bureauFor(v.role, v.bureauId) });
  });
}

/**
 * Deactivates a staff account at once (ending every session), never one's own: taking power away
 * needs no second pair of eyes. Reactivating gives it back, so it is a request for a second admin.
 */
export async function setStaffActive(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(activeSchema, raw);
  if (v.userId === admin.id && !v.active) throw new ActionError("self_deactivate");
  return db.$transaction(async (tx) => {
    const u = await staffUser(tx, v.userId);
    if (v.active) {
      if (u.active) throw new ActionError("bad_state");
      return requestPrivilege(tx, admin, { kind: "activate", targetUserId: u.id, email: u.email, role: u.role, bureauId: u.bureauId });
    }
    await tx.user.update({ where: { id: u.id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "user_deactivate", fromStatus: null, toStatus: null, data: { userId: u.id, email: u.email } });
    return { id: u.id, pending: false as const };
  });
}

/** Holds a new password (only its hash) until a second admin approves; then it applies and ends the user's sessions. */
export async function resetStaffPassword(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(resetPasswordSchema, raw);
  rejectCommonPassword(v.password);
  const passwordHash = await hashPassword(v.password);
  return db.$transaction(async (tx) => {
    const u = await staffUser(tx, v.userId);
    return requestPrivilege(tx, admin, { kind: "reset_password", targetUserId: u.id, email: u.email, passwordHash });
  });
}

/**
 * Asks to remove a staff member's TOTP factor (a lost phone); on a second admin's approval the factor
 * and recovery codes are deleted, their sessions end and they enrol again at next sign-in.
 */
export async function resetStaffSecondFactor(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(userIdSchema, raw);
  return db.$transaction(async (tx) => {
    const u = await staffUser(tx, v.userId);
    if (!(await tx.secondFactor.count({ where: { userId: u.id } }))) throw new ActionError("bad_state");
    return requestPrivilege(tx, admin, { kind: "reset_second_factor", targetUserId: u.id, email: u.email });
  });
}

const ORG_PAGE = 20;

/** Applicant organisations, newest first, optionally filtered by name or credit code. */
export async function listOrganisations(user: SessionUser | null, q = "", page = 1) {
  requireAdmin(user);
  const term = q.trim().slice(0, 60);
  const where: Prisma.OrganisationWhereInput = term
    ? { OR: [{ name: { contains: term, mode: "insensitive" } }, { creditCode: { startsWith: term.toUpperCase() } }] }
    : {};
  const [total, rows] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where, orderBy: [{ creditBlacklisted: "desc" }, { createdAt: "desc" }, { id: "asc" }], skip: (Math.max(1, page) - 1) * ORG_PAGE, take: ORG_PAGE,
      select: { id: true, name: true, creditCode: true, orgType: true, registeredInCity: true, creditBlacklisted: true, blacklistReason: true, blacklistedAt: true, _count: { select: { users: true, cases: true } } },
    }),
  ]);
  return { total, rows, pageSize: ORG_PAGE };
}

/** Marks an organisation as on the serious-dishonesty (严重失信) list; the rules refuse its cases from the next evaluation. */
export async function blacklistOrganisation(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(blacklistSchema, raw);
  if (v.listedOn > utcToBeijingInput(new Date()).slice(0, 10)) throw new ActionError("validation", { listedOn: "date_future" });
  const listedAt = new Date(`${v.listedOn}T00:00:00+08:00`);
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id: v.organisationId } });
    if (!org) throw new ActionError("not_found");
    await tx.organisation.update({ where: { id: org.id }, data: { creditBlacklisted: true, blacklistReason: v.reason, blacklistedAt: listedAt } });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "org_blacklist", fromStatus: null, toStatus: null, data: { organisationId: org.id, creditCode: org.creditCode, reason: v.reason, listedOn: v.listedOn } });
    return { id: org.id };
  });
}

export async function clearBlacklist(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const v = parse(clearBlacklistSchema, raw);
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id: v.organisationId } });
    if (!org) throw new ActionError("not_found");
    // clearing an organisation that is not listed would only write a misleading audit event
    if (!org.creditBlacklisted) throw new ActionError("bad_state");
    await tx.organisation.update({ where: { id: org.id }, data: { creditBlacklisted: false, blacklistReason: null, blacklistedAt: null } });
    await appendAudit(tx, {
      caseId: null, actorId: admin.id, action: "org_blacklist_clear", fromStatus: null, toStatus: null,
      data: { organisationId: org.id, creditCode: org.creditCode, previousReason: org.blacklistReason, reason: v.reason ?? "" },
    });
    return { id: org.id };
  });
}
