import "server-only";
import { Prisma } from "../generated/prisma/client";
import { ActionError } from "../actions/define-action";
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

/** Creates the organisation and its first applicant account in one transaction. */
export async function registerApplicant(r: Registration): Promise<{ userId: string; organisationId: string }> {
  const [orgTaken, emailTaken] = await Promise.all([
    db.organisation.findUnique({ where: { creditCode: r.creditCode }, select: { id: true } }),
    db.user.findUnique({ where: { email: r.email }, select: { id: true } }),
  ]);
  const fieldErrors: Record<string, string> = {};
  if (orgTaken) fieldErrors.creditCode = "credit_code_taken";
  if (emailTaken) fieldErrors.email = "email_taken";
  if (Object.keys(fieldErrors).length) throw new ActionError("validation", fieldErrors);
  const passwordHash = await hashPassword(r.password);
  try {
    return await db.$transaction(async (tx) => {
      const org = await tx.organisation.create({
        data: {
          creditCode: r.creditCode, name: r.orgName, orgType: r.orgType as never, registeredInCity: r.registeredInCity,
          contactName: r.contactName, contactPhone: r.contactPhone,
        },
      });
      const user = await tx.user.create({
        data: { email: r.email, name: r.contactName, phone: r.contactPhone, passwordHash, role: "applicant", organisationId: org.id },
      });
      return { userId: user.id, organisationId: org.id };
    });
  } catch (e) {
    // a concurrent sign-up with the same code or email (double click) loses the unique race
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const target = String((e.meta as { target?: unknown })?.target ?? "");
      throw new ActionError("validation", target.includes("email") ? { email: "email_taken" } : { creditCode: "credit_code_taken" });
    }
    throw e;
  }
}
