import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentUser, type Role } from "./session";
import type { SessionUser } from "./sign-in";

/** For pages: the signed-in user with one of `roles`; otherwise sign-in (with return path) or 403. */
export async function guardPage(path: string, ...roles: Role[]): Promise<SessionUser> {
  const u = await currentUser();
  if (!u) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (roles.length > 0 && !roles.includes(u.role)) forbidden();
  return u;
}

export const HOME_BY_ROLE: Record<Role, string> = {
  applicant: "/applicant",
  reviewer: "/review",
  finance: "/finance",
  admin: "/admin",
};
