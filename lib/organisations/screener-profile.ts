import "server-only";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import type { OrgType } from "../generated/prisma/enums";

/** What the calculator may start from for a signed-in applicant: its own organisation's type and registration. */
export async function organisationProfile(user: SessionUser): Promise<{ orgType: OrgType; registeredInCity: boolean } | null> {
  if (user.role !== "applicant" || !user.organisationId) return null;
  return db.organisation.findUnique({ where: { id: user.organisationId }, select: { orgType: true, registeredInCity: true } });
}
