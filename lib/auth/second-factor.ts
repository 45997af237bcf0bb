import "server-only";
import { appendAudit } from "../audit/append";
import { db } from "../db/client";
import { hit, resetCount } from "../db/rate-counter";
import { ActionError } from "../errors";
import type { SessionUser } from "./sign-in";
import { MAX_FAILURES, WINDOW_MS } from "./throttle";
import { hashRecoveryCode, isTotpCode, matchRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri } from "./totp";

// The TOTP second factor (ADR 022): staff must enrol one before they may act; applicants may.
// Codes are throttled per user like passwords (5 per 15 minutes, RateCounter), a TOTP code is
// accepted once (the factor remembers the last accepted time step) and a recovery code once.

export const FACTOR_ROLES: readonly SessionUser["role"][] = ["reviewer", "finance", "admin"];
export const factorRequired = (role: SessionUser["role"]) => FACTOR_ROLES.includes(role);

export class SecondFactorError extends Error {
  constructor(public readonly code: "code_invalid" | "code_throttled") {
    super(code);
  }
}

const throttleKey = (userId: string) => `totp:user:${userId}`;

/** Counts one code attempt before it is checked; false when the user's budget is spent. */
async function claimCodeAttempt(userId: string, now: Date): Promise<boolean> {
  return (await hit(throttleKey(userId), WINDOW_MS, now)) <= MAX_FAILURES;
}

export async function hasConfirmedFactor(userId: string): Promise<boolean> {
  return (await db.secondFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0;
}

/**
 * Checks a sign-in's second factor: a current TOTP code or an unused recovery code. Throws
 * SecondFactorError; on success says which kind was used (a recovery code is audited).
 */
export async function verifySecondFactor(userId: string, input: string, now = new Date()): Promise<"totp" | "recovery"> {
  if (!(await claimCodeAttempt(userId, now))) throw new SecondFactorError("code_throttled");
  const f = await db.secondFactor.findUnique({ where: { userId } });
  if (!f?.confirmedAt) throw new SecondFactorError("code_invalid");
  let kind: "totp" | "recovery" | null = null;
  if (isTotpCode(input)) {
    const step = matchTotp(f.secret, input, Number(f.lastStep), now.getTime());
    // the guarded UPDATE: of two sign-ins with the same code at once, one wins
    if (step !== null && (await db.secondFactor.updateMany({ where: { userId, lastStep: { lt: step } }, data: { lastStep: step } })).count === 1) kind = "totp";
  } else {
    kind = await spendRecoveryCode(userId, input, now);
  }
  if (!kind) throw new SecondFactorError("code_invalid");
  await resetCount(throttleKey(userId));
  return kind;
}

async function spendRecoveryCode(userId: string, input: string, now: Date): Promise<"recovery" | null> {
  const codes = await db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  const i = matchRecoveryCode(input, codes.map((c) => c.codeHash));
  if (i < 0) return null;
  return db.$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({ where: { id: codes[i].id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return null;
    const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await appendAudit(tx, { caseId: null, actorId: userId, action: "second_factor_recovery_used", fromStatus: null, toStatus: null, data: { userId, left } });
    return "recovery" as const;
  });
}

/** The secret being enrolled (the same one on every visit until it is confirmed), with its QR payload. */
export async function pendingEnrolment(user: SessionUser): Promise<{ secret: string; uri: string }> {
  const existing = await db.secondFactor.findUnique({ where: { userId: user.id } });
  if (existing?.confirmedAt) throw new ActionError("bad_state");
  const secret = existing?.secret
    ?? (await db.secondFactor.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id, secret: newTotpSecret() } })).secret;
  return { secret, uri: otpauthUri(secret, user.email) };
}

/**
 * Confirms the enrolment with a current code: the factor becomes required at sign-in, this session
 * counts as having passed it, and ten recovery codes are made. They are returned this once; only
 * their hashes are kept.
 */
export async function confirmEnrolment(user: SessionUser, sid: string, code: string, now = new Date()): Promise<string[]> {
  if (!(await claimCodeAttempt(user.id, now))) throw new ActionError("validation", { code: "code_throttled" });
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const [f] = await tx.$queryRaw<{ secret: string; confirmedAt: Date | null; lastStep: bigint }[]>`
      SELECT secret, "confirmedAt", "lastStep" FROM "SecondFactor" WHERE "userId" = ${user.id} FOR UPDATE`;
    if (!f || f.confirmedAt) throw new ActionError("bad_state");
    const step = matchTotp(f.secret, code, Number(f.lastStep), now.getTime());
    if (step === null) throw new ActionError("validation", { code: "code_invalid" });
    await tx.secondFactor.update({ where: { userId: user.id }, data: { confirmedAt: now, lastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })) });
    await tx.userSession.update({ where: { id: sid }, data: { secondFactorAt: now } });
    await appendAudit(tx, { caseId: null, actorId: user.id, action: "second_factor_enrol", fromStatus: null, toStatus: null, data: { userId: user.id, email: user.email } });
  });
  await resetCount(throttleKey(user.id));
  return codes;
}

/** For the account page: whether the factor is on and how many recovery codes are left. */
export async function factorStatus(userId: string): Promise<{ enrolled: boolean; recoveryLeft: number }> {
  const [f, left] = await Promise.all([
    db.secondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enrolled: !!f?.confirmedAt, recoveryLeft: left };
}
