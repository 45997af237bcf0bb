import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { analyseCreditCode } from "./credit-code";
import { rejectCommonPassword } from "./common-passwords";
import { hashPassword } from "./password";

export interface Registration {
  creditCode: string;
  orgName: string;
  orgType: string;
  contactName: string;
  contactPhone: string;
  email: string;
  password: string;
}

/**
 * Creates the organisation (not yet verified) and its first applicant account in one transaction.
 * "Registered in Weihai" is what the code's characters 3–8 propose until a verifier confirms it.
 * When the email is taken nothing is created. When the credit code is taken, the account is created
 * without an organisation: signed in, its owner may ask a colleague to add it, or dispute the code
 * with the licence (lib/organisations/verification.ts). The answer is the same (nothing) in every
 * case, and the password is hashed either way, so sign-up does not tell which codes and emails exist.
 */
export async function registerApplicant(r: Registration): Promise<void> {
  // about the password only, so it tells nothing about which codes and emails have accounts
  rejectCommonPassword(r.password);
  const passwordHash = await hashPassword(r.password);
  const [orgTaken, emailTaken] = await Promise.all([
    db.organisation.findUnique({ where: { creditCode: r.creditCode }, select: { id: true } }),
    db.user.findUnique({ where: { email: r.email }, select: { id: true } }),
  ]);
  if (emailTaken) return;
  const user = { email: r.email, name: r.contactName, phone: r.contactPhone, passwordHash, role: "applicant" as const };
  try {
    await db.$transaction(async (tx) => {
      if (orgTaken) {
        await tx.user.create({ data: user });
        return;
      }
      const org = await tx.organisation.create({
        data: {
          creditCode: r.creditCode, name: r.orgName, orgType: r.orgType as never, registeredInCity: analyseCreditCode(r.creditCode).proposedInWeihai,
          contactName: r.contactName, contactPhone: r.contactPhone,
        },
      });
      await tx.user.create({ data: { ...user, organisationId: org.id } });
    });
  } catch (e) {
    // a concurrent sign-up with the same code or email (double click) lost the unique race: same answer
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return;
    throw e;
  }
}
