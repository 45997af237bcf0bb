import "server-only";
import { db } from "../db/client";
import { normaliseCreditCode } from "./credit-code";
import { verifyPassword } from "./password";
import { claimAttempt, recordAttempt, settleSuccess } from "./throttle";

export interface SessionUser {
  id: string;
  role: "applicant" | "reviewer" | "finance" | "admin";
  name: string;
  email: string;
  bureauId: string | null;
  organisationId: string | null;
  sessionVersion: number;
}

export class SignInError extends Error {
  constructor(public readonly code: "throttled" | "invalid") {
    super(code);
  }
}

// bcrypt of a random string: compared against when the account does not exist, so a wrong
// login costs the same time as a wrong password
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.X5rGZ0G8vJ7kO0dNQ2m8WcQmYQ9a";

/**
 * Applicants sign in with their organisation's credit code or their email; staff with email.
 * A deactivated account is no candidate: it answers "invalid" for any password, like an unknown one.
 */
export async function signIn(identifier: string, password: string, ip: string): Promise<SessionUser> {
  const raw = identifier.trim();
  const isEmail = raw.includes("@");
  const account = isEmail ? raw.toLowerCase() : normaliseCreditCode(raw);
  if (!account || !password) throw new SignInError("invalid");
  const claim = await claimAttempt(account, ip);
  if (!claim) throw new SignInError("throttled");

  const candidates = isEmail
    ? await db.user.findMany({ where: { email: account, active: true } })
    : await db.user.findMany({ where: { role: "applicant", active: true, organisation: { creditCode: account } }, orderBy: { createdAt: "asc" } });
  let match = null;
  for (const u of candidates) {
    if (await verifyPassword(password, u.passwordHash)) {
      match = u;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(password, DUMMY_HASH);
  if (!match) {
    await recordAttempt(account, ip, false);
    throw new SignInError("invalid");
  }
  await settleSuccess(claim);
  await recordAttempt(account, ip, true);
  await db.user.update({ where: { id: match.id }, data: { lastLoginAt: new Date() } });
  return {
    id: match.id, role: match.role, name: match.name, email: match.email,
    bureauId: match.bureauId, organisationId: match.organisationId, sessionVersion: match.sessionVersion,
  };
}
