import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { sql } from "../db/sql";
import { unreadSql } from "../notifications/inbox";
import { authOptions } from "./options";
import { factorRequired } from "./second-factor";
import { decodeToken } from "./token-decode";
import type { SessionUser } from "./sign-in";

export type Role = SessionUser["role"];

type SessionRow = Omit<SessionUser, "role"> & {
  role: Role;
  sid: string;
  expiresAt: Date;
  revokedAt: Date | null;
  secondFactorAt: Date | null;
  active: boolean;
  factorConfirmedAt: Date | null;
  unread: number;
};

export class AuthError extends Error {
  constructor(public readonly code: "unauthenticated" | "forbidden") {
    super(code);
  }
}

/**
 * Where a live session stands with the second factor (ADR 022): "ok" may act; "enrol" is staff
 * without a factor (only the enrolment page and sign-out); "verify" is a password-only session of a
 * user who has a factor (enrolled on another device since): it must sign in again.
 */
export type FactorState = "ok" | "enrol" | "verify";
export interface SignedInSession {
  user: SessionUser;
  sid: string;
  factor: FactorState;
  /** the user's unread notifications for the header's bell, counted up to 100 (lib/notifications/inbox.ts) */
  unread: number;
}

/**
 * The signed-in session as the database has it now (a signed-out or expired session, a deactivated
 * user or one whose password was reset since the session began counts as signed out). Cached per request.
 *
 * One JWT decode per request: getServerSession would run next-auth's whole session handler
 * (decode, callbacks, re-encode) and cannot set the refreshed cookie from a server component anyway.
 */
/** the session, its user, the factor's state and the bell's unread count */
const SESSION_SQL = `
  SELECT s.id AS sid, s."expiresAt", s."revokedAt", s."secondFactorAt", u.id, u.role::text AS role, u.name, u.email, u."bureauId",
         u."organisationId", u."sessionVersion", u.active, f."confirmedAt" AS "factorConfirmedAt", ${unreadSql("u.id")} AS unread
  FROM "UserSession" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "SecondFactor" f ON f."userId" = u.id
  WHERE s.id = $1`;

export const currentSession = cache(async (): Promise<SignedInSession | null> => {
  const token = await readToken();
  if (typeof token?.uid !== "string" || typeof token.sid !== "string") return null;
  // one statement (Prisma's nested include is three), in SQL on Prisma's pool: every request asks
  // it, and Prisma's client cost more than the query (ADR 027)
  const [s] = await sql.rows<SessionRow>(SESSION_SQL, [token.sid]);
  if (!s || s.revokedAt || s.expiresAt <= new Date() || s.id !== token.uid) return null;
  if (!s.active || token.sv !== s.sessionVersion) return null;
  const user: SessionUser = { id: s.id, role: s.role, name: s.name, email: s.email, bureauId: s.bureauId, organisationId: s.organisationId, sessionVersion: s.sessionVersion };
  const factor: FactorState = s.factorConfirmedAt ? (s.secondFactorAt ? "ok" : "verify") : factorRequired(s.role) ? "enrol" : "ok";
  return { user, sid: s.sid, factor, unread: s.unread };
});

/**
 * The signed-in user who may act: null when signed out, and also while the session still owes its
 * second factor, so every page, action and route handler that asks for a user refuses such a session.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const s = await currentSession();
  return s?.factor === "ok" ? s.user : null;
});

async function readToken(): Promise<{ uid?: unknown; sv?: unknown; sid?: unknown } | null> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return (await getToken({
    req: { cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])), headers: Object.fromEntries(h.entries()) } as never,
    secret: authOptions.secret, decode: decodeToken,
  })) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
}
