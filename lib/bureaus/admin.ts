import "server-only";
import { requireAdmin } from "../admin/access";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { ActionError, fieldErrorsOf } from "../errors";
import { bureauContactSchema } from "./contact-schema";

const CONTACT = { contactPhone: true, contactEmail: true, addressZh: true, addressEn: true } as const;

/** Every bureau with its contact, for the admin page. */
export async function listBureauContacts(user: SessionUser | null) {
  requireAdmin(user);
  return db.bureau.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true, ...CONTACT } });
}

/**
 * Sets a bureau's contact for applicants (an empty answer clears it: "联系方式未登记" is shown).
 * Audited with what it was and what it became, in the same transaction.
 */
export async function updateBureauContact(user: SessionUser | null, raw: unknown) {
  const admin = requireAdmin(user);
  const r = bureauContactSchema.safeParse(raw);
  if (!r.success) throw new ActionError("validation", fieldErrorsOf(r.error));
  const { bureauId, ...contact } = r.data;
  return db.$transaction(async (tx) => {
    const before = await tx.bureau.findUnique({ where: { id: bureauId }, select: CONTACT });
    if (!before) throw new ActionError("not_found");
    await tx.bureau.update({ where: { id: bureauId }, data: contact });
    await appendAudit(tx, { caseId: null, actorId: admin.id, action: "bureau_contact_update", fromStatus: null, toStatus: null, data: { bureauId, before, after: contact } });
    return { bureauId, ...contact };
  });
}
