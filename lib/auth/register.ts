import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { hashPassword } from "./password";

export interface Registration {
  creditCode: string;
  orgName: string;
  orgType: string;
  registeredInCity: boolean;
  contactName: string;
  contactPhone: string;
  email: string;
  password: string;
}

/**
 * Creates the organisation and its first applicant account in one transaction, unless the credit
 * code or the email is already registered: then nothing is created and the answer is the same
 * (nothing), so sign-up does not tell anyone which codes and emails have accounts. The password
 * is hashed either way, so the time taken tells nothing either.
 */
export async function registerApplicant(r: Registration): Promise<void> {
  const passwordHash = await hashPassword(r.password);
  const [orgTaken, emailTaken] = await Promise.all([
    db.organisation.findUnique({ where: { creditCode: r.creditCode }, select: { id: true } }),
    db.user.findUnique({ where: { email: r.email }, select: { id: true } }),
  ]);
  if (orgTaken || emailTaken) return;
  try {
    await db.$transaction(async (tx) => {
      const org = await tx.organisation.create({
        data: {
          creditCode: r.creditCode, name: r.orgName, orgType: r.orgType as never, registeredInCity: r.registeredInCity,
          contactName: r.contactName, contactPhone: r.contactPhone,
        },
      });
      await tx.user.create({
        data: { email: r.email, name: r.contactName, phone: r.contactPhone, passwordHash, role: "applicant", organisationId: org.id },
      });
    });
  } catch (e) {
    // a concurrent sign-up with the same code or email (double click) lost the unique race: same answer
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return;
    throw e;
  }
}
