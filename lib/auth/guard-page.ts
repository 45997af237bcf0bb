import "server-only";
import { forbidden, redirect } from "next/navigation";
import { db } from "../db/client";
import { currentSession, type Role, type SignedInSession } from "./session";
import type { SessionUser } from "./sign-in";

export const ENROL_PATH = "/account/two-factor";

/**
 * For pages: the signed-in user with one of `roles`; otherwise sign-in (with return path) or 403.
 * A session that owes its second factor gets no page: staff without one go to enrolment, a
 * password-only session of an enrolled user signs in again (with its code).
 */
export async function guardPage(path: string, ...roles: Role[]): Promise<SessionUser> {
  const s = await currentSession();
  const next = encodeURIComponent(path);
  if (!s || s.factor === "verify") redirect(`/sign-in?next=${next}`);
  if (s.factor === "enrol") redirect(`${ENROL_PATH}?next=${next}`);
  if (roles.length > 0 && !roles.includes(s.user.role)) forbidden();
  const u = s.user;
  // an applicant who came in through the provincial sign-in without a registered organisation
  // registers it first (or disputes its code); one whose sign-up code was taken keeps its home, which
  // says what to do (ask a colleague, dispute, or register)
  if (u.role === "applicant" && !u.organisationId && !UNBOUND_PAGES.some((p) => path === p || path.startsWith(`${p}/`)) && (await cameFromProvince(u.id))) {
    redirect(ORGANISATION_REGISTRATION);
  }
  return u;
}

/** For the enrolment page: any session that may enrol (all but the password-only one of an enrolled user). */
export async function guardEnrolmentPage(path: string): Promise<SignedInSession> {
  const s = await currentSession();
  if (!s || s.factor === "verify") redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return s;
}

/** where an applicant without an organisation registers one (guardPage sends them there) */
export const ORGANISATION_REGISTRATION = "/applicant/organisation";
/** pages a provincial sign-in without an organisation may open besides registration: the code dispute */
const UNBOUND_PAGES = ["/applicant/verification"];

async function cameFromProvince(userId: string): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { oidcSubject: true } });
  return !!u?.oidcSubject;
}

export const HOME_BY_ROLE: Record<Role, string> = {
  applicant: "/applicant",
  reviewer: "/review",
  finance: "/finance",
  admin: "/admin",
};
