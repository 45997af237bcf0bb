import "server-only";
import { appendAudit } from "../audit/append";
import type { SessionUser } from "../auth/sign-in";
import { db } from "../db/client";
import { ActionError, fieldErrorsOf } from "../errors";
import { bankAccountSchema, maskAccountNo, type BankAccount, type BankAccountInput } from "./bank-account";

export type AccountRow = { name: string; bankAccountName: string | null; bankName: string | null; bankAccountNo: string | null };

/**
 * An applicant sets its organisation's bank account (any member may, as with the contact details).
 * The row is locked so the old value in the audit event is the one replaced; the audit event carries
 * old and new account masked to the last four digits, with the actor and the time, in the same
 * transaction. 开户名称 must be the organisation's name exactly: banks refuse a payment otherwise.
 */
export async function updateBankAccount(user: SessionUser, raw: BankAccountInput) {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  const parsed = bankAccountSchema.safeParse(raw);
  if (!parsed.success) throw new ActionError("validation", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const id = user.organisationId;
  await db.$transaction(async (tx) => {
    const [org] = await tx.$queryRaw<AccountRow[]>`
      SELECT name, "bankAccountName", "bankName", "bankAccountNo" FROM "Organisation" WHERE id = ${id} FOR UPDATE`;
    if (!org) throw new ActionError("not_found");
    if (input.bankAccountName !== org.name) throw new ActionError("validation", { bankAccountName: "account_name_mismatch" }, { orgName: org.name });
    if (org.bankAccountName === input.bankAccountName && org.bankName === input.bankName && org.bankAccountNo === input.bankAccountNo) return;
    await tx.organisation.update({ where: { id }, data: input });
    await appendAudit(tx, {
      caseId: null, actorId: user.id, action: "org_bank_account_update", fromStatus: null, toStatus: null,
      data: {
        organisationId: id,
        old: org.bankAccountNo ? { bankName: org.bankName, accountNo: maskAccountNo(org.bankAccountNo) } : null,
        new: { bankName: input.bankName, accountNo: maskAccountNo(input.bankAccountNo) },
      },
    });
  });
}

/** The applicant's own organisation's account (for the preview before submitting), or null. */
export async function ownBankAccount(user: SessionUser): Promise<BankAccount | null> {
  if (user.role !== "applicant" || !user.organisationId) throw new ActionError("forbidden");
  const o = await db.organisation.findUnique({ where: { id: user.organisationId }, select: { name: true, bankAccountName: true, bankName: true, bankAccountNo: true } });
  return o?.bankAccountNo && o.bankName && o.bankAccountName === o.name ? { accountName: o.bankAccountName, bankName: o.bankName, accountNo: o.bankAccountNo } : null;
}

/**
 * The account a submission fixes into the case, from the organisation's row as the submit read it
 * share-locked (lib/cases/submit.ts), so an account change waits for the submit (or the submit for
 * the change). bank_account_missing when the profile holds none.
 */
export function submitPayee(org: AccountRow | undefined | null) {
  if (!org?.bankAccountNo || !org.bankName || org.bankAccountName !== org.name) throw new ActionError("bank_account_missing");
  return { payeeAccountName: org.bankAccountName, payeeBankName: org.bankName, payeeAccountNo: org.bankAccountNo };
}

/** The fixed account of a case, or null when it has none (submitted before accounts were fixed). */
export function payeeOf(c: { payeeAccountName: string | null; payeeBankName: string | null; payeeAccountNo: string | null }): BankAccount | null {
  return c.payeeAccountName && c.payeeBankName && c.payeeAccountNo
    ? { accountName: c.payeeAccountName, bankName: c.payeeBankName, accountNo: c.payeeAccountNo }
    : null;
}
