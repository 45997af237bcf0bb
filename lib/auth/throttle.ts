import "server-only";
import { db } from "../db/client";
import { hit, resetCount, unhit } from "../db/rate-counter";
import { UNKNOWN_ADDRESS } from "./client-address";

// 5 sign-in attempts per 15 minutes per account and per client address; a success clears the
// account's count and gives the address its attempt back. An attempt is counted BEFORE its
// password is checked (one atomic statement per key), so however many run at once, at most 5
// passwords are checked per account in a window.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface AttemptClaim {
  accountKey: string;
  addressKey: string | null;
}

/** Reserves one password check for `account` from `ip`; null when either is throttled. */
export async function claimAttempt(account: string, ip: string, now = new Date()): Promise<AttemptClaim | null> {
  const accountKey = `signin:account:${account}`;
  if ((await hit(accountKey, WINDOW_MS, now)) > MAX_FAILURES) return null;
  // an unknown address (not served by server/main.mjs) would put every client in one bucket
  const addressKey = ip === UNKNOWN_ADDRESS ? null : `signin:address:${ip}`;
  if (addressKey && (await hit(addressKey, WINDOW_MS, now)) > MAX_FAILURES) {
    await unhit(accountKey); // refused for the address: the account's budget is not spent
    return null;
  }
  return { accountKey, addressKey };
}

/** The password was right: the claim was no failure. */
export async function settleSuccess(claim: AttemptClaim): Promise<void> {
  await resetCount(claim.accountKey);
  if (claim.addressKey) await unhit(claim.addressKey);
}

/** The history of sign-ins (the counters above decide; this is the record). */
export async function recordAttempt(account: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { account, ip, success } });
}
