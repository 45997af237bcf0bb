// TOTP codes for the e2e suite: the demo staff's known secret (lib/seed/demo-accounts.ts), and a code
// the server has not accepted yet. The server accepts each time step once per account (no replay)
// and ±1 step of skew, so a second sign-in of the same account within a step uses the next step's
// code, and a third waits for the clock.
import { codeAt, stepAt } from "../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../lib/seed/demo-accounts";

const lastStep = new Map<string, number>();

/** A code for `account` at a time step not used before by this worker (waits when needed). */
export async function freshCode(account: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const now = stepAt(Date.now());
  const step = Math.max(now, (lastStep.get(account) ?? -1) + 1);
  if (step > now + 1) {
    // the step before `step` must be the current one, so `step` is within the server's skew
    await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 200));
  }
  lastStep.set(account, step);
  return codeAt(secret, step);
}

/** Reads the secret an enrolment page shows (groups of four) as the authenticator would. */
export function secretFromPage(text: string): string {
  return text.replace(/\s/g, "");
}

/** The server refused a code as used (another worker or run used that step): skip past it. */
export function codeRefused(account: string): void {
  lastStep.set(account, stepAt(Date.now()) + 1);
}
