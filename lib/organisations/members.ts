import "server-only";
import { Prisma } from "../generated/prisma/client";
import { ActionError } from "../errors";
import { appendAudit } from "../audit/append";
import { rejectCommonPassword } from "../auth/common-passwords";
import { hashPassword } from "../auth/password";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";

function orgIdOf(user: SessionUser): string {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  return user.organisationId;
}

/** The applicant's organisation and its users (for the profile page). */
export async function orgProfile(user: SessionUser) {
  const id = orgIdOf(user);
  const org = await db.organisation.findUniqueOrThrow({ where: { id } });
  const users = await db.user.findMany({
    where: { organisationId: id },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, phone: true, active: true, createdAt: true, lastLoginAt: true },
  });
  return { org, users };
}

/** Contact details are the organisation's to change; its credit code and name are not (they identify it). */
export async function updateContact(user: SessionUser, input: { contactName: string; contactPhone: string; address: string }) {
  const id = orgIdOf(user);
  await db.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id },
      data: { contactName: input.contactName, contactPhone: input.contactPhone, address: input.address || null },
    });
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "org_contact_update", fromStatus: null, toStatus: null, data: { organisationId: id } });
  });
}

/** Adds a colleague: a new applicant account of the same organisation, who then sees the same cases. */
export async function addColleague(user: SessionUser, input: { email: string; name: string; password: string }) {
  const organisationId = orgIdOf(user);
  rejectCommonPassword(input.password);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new ActionError("validation", { email: "email_taken" });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const u = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "applicant", organisationId },
        select: { id: true, email: true, name: true },
      });
      await appendAudit(tx, { caseId: null, actorId: user.id, action: "org_user_add", fromStatus: null, toStatus: null, data: { organisationId, userId: u.id } });
      return u;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ActionError("validation", { email: "email_taken" });
    throw e;
  }
}

/** The applicant's organisation as its pages name it: name, type and the payee account on file (null without one). */
export async function ownOrganisation(user: SessionUser) {
  if (user.role !== "applicant" || !user.organisationId) return null;
  return db.organisation.findUnique({
    where: { id: user.organisationId },
    select: { name: true, orgType: true, bankName: true, bankAccountNo: true, bankAccountName: true },
  });
}
