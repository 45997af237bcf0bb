import "server-only";
import { db } from "../db/client";
import { env } from "../env";

// Server-side sessions: the JWT carries the session's id (`sid`); sign-out revokes that one row,
// so a copied cookie stops working while the user's other devices stay signed in.

const maxAgeMs = () => env.SESSION_MAX_AGE_MIN * 60_000;

/**
 * A new session for a user who just signed in (their expired sessions are cleared away);
 * `secondFactor`: the sign-in passed the TOTP factor (ADR 022).
 */
export async function openSession(userId: string, now = new Date(), { secondFactor = false } = {}): Promise<string> {
  await db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  const s = await db.userSession.create({ data: { userId, expiresAt: new Date(now.getTime() + maxAgeMs()), secondFactorAt: secondFactor ? now : null } });
  return s.id;
}

/**
 * Keeps a live session alive as next-auth renews its cookie (/api/auth/session); false when the
 * session was revoked, has expired or is not the user's.
 */
export async function renewSession(sid: unknown, userId: unknown, now = new Date()): Promise<boolean> {
  if (typeof sid !== "string" || typeof userId !== "string") return false;
  const r = await db.userSession.updateMany({
    where: { id: sid, userId, revokedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: new Date(now.getTime() + maxAgeMs()) },
  });
  return r.count === 1;
}

/** Ends one session (sign-out). */
export async function revokeSession(sid: unknown): Promise<void> {
  if (typeof sid !== "string") return;
  await db.userSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } });
}
