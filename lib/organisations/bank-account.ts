// The organisation's bank account (ADR 018), pure: validation, display and masking are shared by the
// profile form, the services, finance's pages and the 拨付清单.
import * as z from "zod/mini";

export const ACCOUNT_DIGITS = { min: 8, max: 32 } as const;

/** 账号 as stored: the digits only (people type it with spaces between groups). */
export function normaliseAccountNo(raw: string): string {
  return raw.replace(/[\s\u3000]/g, "");
}

/** Form and action input; whether 开户名称 equals the organisation's name is checked by the service (it knows the name). */
export const bankAccountSchema = z.object({
  bankAccountName: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(100, "too_long")),
  bankName: z.string().check(z.trim(), z.minLength(2, "bank_name"), z.maxLength(60, "too_long")),
  bankAccountNo: z.pipe(
    z.pipe(z.string(), z.transform(normaliseAccountNo)),
    z.string().check(z.regex(/^\d*$/, "account_digits"), z.minLength(ACCOUNT_DIGITS.min, "account_length"), z.maxLength(ACCOUNT_DIGITS.max, "account_length")),
  ),
});
export type BankAccountInput = z.input<typeof bankAccountSchema>;

export interface BankAccount {
  accountName: string;
  bankName: string;
  accountNo: string;
}

/** "6222021234567890123" → "6222 0212 3456 7890 123" */
export function groupAccountNo(no: string): string {
  return no.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** The last four digits, the only part shown to anyone but finance and the organisation's own profile. */
export function lastFour(no: string | null | undefined): string {
  return no ? no.slice(-4) : "";
}

/** "****0123": what audit events, notices and non-finance pages carry. */
export function maskAccountNo(no: string | null | undefined): string | null {
  return no ? `****${lastFour(no)}` : null;
}

/** The account as a person with the given role may see it: finance in full (it pays), everyone else masked. */
export function accountNoFor(role: string, no: string | null | undefined): string {
  if (!no) return "—";
  return role === "finance" ? groupAccountNo(no) : `**** ${lastFour(no)}`;
}
