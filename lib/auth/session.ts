import "server-only";
import { getServerSession } from "next-auth";
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
 * The signed-in user as the database has them now (a deactivated user or one whose password was
 * reset since the session began counts as signed out). Cached per request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const token = session as unknown as { uid?: string } | null;
  if (!token?.uid) return null;
  const jwt = await readTokenVersion();
  const u = await db.user.findUnique({ where: { id: token.uid } });
  if (!u || !u.active || (jwt !== null && jwt !== u.sessionVersion)) return null;
  return { id: u.id, role: u.role, name: u.name, email: u.email, bureauId: u.bureauId, organisationId: u.organisationId, sessionVersion: u.sessionVersion };
});

async function readTokenVersion(): Promise<number | null> {
  const { cookies, headers } = await import("next/headers");
  const { getToken } = await import("next-auth/jwt");
  const c = await cookies();
  const h = await headers();
  const t = await getToken({ req: { cookies: Object.fromEntries(c.getAll().map((x) => [x.name, x.value])), headers: Object.fromEntries(h.entries()) } as never, secret: authOptions.secret });
  return typeof t?.sv === "number" ? t.sv : null;
}

export async function requireUser(): Promise<SessionUser> {
  const u = await currentUser();
  if (!u) throw new AuthError("unauthenticated");
  return u;
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const u = await requireUser();
  if (!roles.includes(u.role)) throw new AuthError("forbidden");
  return u;
}
