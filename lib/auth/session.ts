import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "../db/client";
import { authOptions } from "./options";
import type { SessionUser } from "./sign-in";

export type Role = SessionUser["role"];

export class AuthError extends Error {
  constructor(public readonly code: "unauthenticated" | "forbidden") {
    super(code);
  }
}

/**
 * The signed-in user as the database has them now (a signed-out or expired session, a deactivated
 * user or one whose password was reset since the session began counts as signed out). Cached per request.
 *
 * One JWT decode per request: getServerSession would run next-auth's whole session handler
 * (decode, callbacks, re-encode) and cannot set the refreshed cookie from a server component anyway.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readToken();
  if (typeof token?.uid !== "string" || typeof token.sid !== "string") return null;
  const s = await db.userSession.findUnique({ where: { id: token.sid }, include: { user: true } });
  if (!s || s.revokedAt || s.expiresAt <= new Date() || s.userId !== token.uid) return null;
  const u = s.user;
  if (!u.active || token.sv !== u.sessionVersion) return null;
  return { id: u.id, role: u.role, name: u.name, email: u.email, bureauId: u.bureauId, organisationId: u.organisationId, sessionVersion: u.sessionVersion };
});

async function readToken(): Promise<{ uid?: unknown; sv?: unknown; sid?: unknown } | null> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return (await getToken({ req: { cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])), headers: Object.fromEntries(h.entries()) } as never, secret: authOptions.secret })) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
}
