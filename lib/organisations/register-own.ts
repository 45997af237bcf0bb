import "server-only";
import { Prisma } from "../generated/prisma/client";
import { appendAudit } from "../audit/append";
import { attestedCreditCode } from "../auth/oidc/bind";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { ActionError } from "../errors";

export interface OwnOrganisation {
  creditCode: string;
  orgName: string;
  orgType: string;
  registeredInCity: boolean;
  contactName: string;
  contactPhone: string;
}

/**
 * What the registration page shows a signed-in applicant without an organisation (one who came in
 * through the provincial sign-in): the code the provider attested (fixed), or that its claim was
 * malformed and ignored.
 */
export async function registrationStart(user: SessionUser) {
  const u = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, phone: true, oidcCreditCode: true } });
  const attested = attestedCreditCode(u.oidcCreditCode);
  return { attested, malformed: !attested && u.oidcCreditCode ? u.oidcCreditCode : null, name: u.name, phone: u.phone };
}

/**
 * Registers the organisation of a signed-in applicant who has none and makes them its first user.
 * When the provider attested a credit code, that code is registered, whatever the form says.
 * A code that is already registered changes nothing (credit_code_taken). Audited.
 */
export async function registerOwnOrganisation(user: SessionUser, input: OwnOrganisation): Promise<{ organisationId: string }> {
  if (user.role !== "applicant") throw new ActionError("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      // the user's row is the lock: a double submit waits here and then finds the organisation made
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
      const u = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { organisationId: true, oidcCreditCode: true } });
      if (u.organisationId) return { organisationId: u.organisationId };
      const attested = attestedCreditCode(u.oidcCreditCode);
      const creditCode = attested ?? input.creditCode;
      if (await tx.organisation.findUnique({ where: { creditCode }, select: { id: true } })) {
        throw new ActionError("validation", { creditCode: "credit_code_taken" });
      }
      const org = await tx.organisation.create({
        data: {
          creditCode, name: input.orgName, orgType: input.orgType as never, registeredInCity: input.registeredInCity,
          contactName: input.contactName, contactPhone: input.contactPhone,
        },
      });
      await tx.user.update({ where: { id: user.id }, data: { organisationId: org.id } });
      await appendAudit(tx, {
        caseId: null, actorId: user.id, action: "org_register", fromStatus: null, toStatus: null,
        data: { organisationId: org.id, userId: user.id, creditCode, attested: !!attested },
      });
      return { organisationId: org.id };
    });
  } catch (e) {
    // registered by someone else between the check and the insert
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new ActionError("validation", { creditCode: "credit_code_taken" });
    throw e;
  }
}
