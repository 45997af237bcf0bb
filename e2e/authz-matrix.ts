// The authorization design, as data: who may call each server action, route handler and page.
// e2e/authz-matrix.spec.ts checks every entry against the running build for every role, and fails
// when the build has an action, route or page that is missing here.
export type Role = "visitor" | "applicant" | "reviewer" | "finance" | "admin";
export const ROLES: Role[] = ["visitor", "applicant", "reviewer", "finance", "admin"];
/**
 * Staff sessions that owe their second factor (ADR 022): "unenrolled" is a reviewer without a TOTP
 * factor, "unverified" a password-only session of a reviewer who has one. Both are visitors to public
 * pages and actions and get nothing else but enrolment (the unenrolled one).
 */
export type FactorSubject = "unenrolled" | "unverified";
export const FACTOR_SUBJECTS: FactorSubject[] = ["unenrolled", "unverified"];
export type Subject = Role | FactorSubject;
const ALL: Subject[] = [...ROLES, ...FACTOR_SUBJECTS];
const SIGNED_IN: Subject[] = ["applicant", "reviewer", "finance", "admin"];
/** the second factor's enrolment: every session that may enrol */
const ENROLMENT: Subject[] = [...SIGNED_IN, "unenrolled"];

/** server actions: "<file>#<export>" → roles that pass the role check */
export const ACTIONS: Record<string, Subject[]> = {
  "lib/i18n/actions.ts#setLocale": ALL,
  "app/(public)/sign-up/actions.ts#signUp": ALL,
  "app/(public)/forgot-password/actions.ts#requestResetAction": ALL,
  "app/(public)/reset-password/actions.ts#resetPasswordAction": ALL,
  "app/(public)/notice/actions.ts#*": ALL,
  "app/(applicant)/applicant/apply/[measureId]/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/edit/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/review/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/profile/actions.ts#*": ["applicant"],
  // 免申即享: accept or decline an offer (the service refuses another organisation's offer as not_found)
  "app/(applicant)/applicant/actions.ts#*": ["applicant"],
  // the calculator's answers go to the signed-in applicant's own profile; a visitor's stay in the browser
  "app/(public)/calculator/actions.ts#*": ["applicant"],
  // an applicant who has an organisation gets it back unchanged (the service registers only for one without)
  "app/(applicant)/applicant/organisation/actions.ts#*": ["applicant"],
  "app/(applicant)/notifications/actions.ts#*": SIGNED_IN,
  "app/(review)/review/cases/[id]/actions.ts#*": ["reviewer"],
  // the test-only "end notice now": nobody, unless the server runs with DEMO_MODE=1 (e2e/serve.ts passes the env on)
  "app/(review)/review/cases/[id]/actions.ts#endNoticeAction": process.env.DEMO_MODE === "1" ? ["admin"] : [],
  "app/(review)/finance/cases/[id]/actions.ts#*": ["finance"],
  // payment batches: any finance officer; the service refuses the assembler's own "mark paid" (own_batch)
  "app/(review)/finance/batches/actions.ts#*": ["finance"],
  "app/(review)/finance/batches/[id]/actions.ts#*": ["finance"],
  "app/(admin)/admin/lpr/actions.ts#*": ["admin"],
  "app/(admin)/admin/calendar/actions.ts#*": ["admin"],
  "app/(admin)/admin/rounds/actions.ts#*": ["admin"],
  "app/(admin)/admin/users/actions.ts#*": ["admin"],
  // maker-checker: any admin may call them; the service refuses the requester's own approval (self_approval)
  "app/(admin)/admin/users/actions.ts#approvePrivilegeAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#rejectPrivilegeAction": ["admin"],
  "app/(admin)/admin/whatif/actions.ts#*": ["admin"],
  "app/(admin)/admin/verifications/actions.ts#*": ["admin"],
  "app/(admin)/admin/bureaus/actions.ts#*": ["admin"],
  "app/(account)/account/two-factor/actions.ts#*": ENROLMENT,
};

/** pages and route handlers by their app path → roles that may open them */
export const PATHS: Record<string, Subject[]> = {
  "/": ALL, "/me": SIGNED_IN, "/sign-in": ALL, "/sign-up": ALL, "/forgot-password": ALL, "/reset-password": ALL, "/policy": ALL, "/measures": ALL, "/measures/[id]": ALL,
  "/calculator": ALL, "/notice": ALL, "/notice/[id]": ALL, "/notice/export": ALL, "/notice/objection": ALL,
  // public: a round's printed notice list; the verification-code check (rate-limited per client address, lib/documents/verify.ts)
  "/notice/pdf": ALL, "/verify": ALL,
  "/applicant": ["applicant"], "/applicant/profile": ["applicant"], "/applicant/apply/[measureId]": ["applicant"],
  "/applicant/cases/[id]": ["applicant"], "/applicant/cases/[id]/edit": ["applicant"], "/applicant/cases/[id]/review": ["applicant"],
  "/applicant/cases/[id]/submitted": ["applicant"],
  // organisation registration after the provincial sign-in (an applicant with one is sent to /applicant)
  "/applicant/organisation": ["applicant"],
  "/notifications": SIGNED_IN, "/account/two-factor": ENROLMENT,
  "/review": ["reviewer", "admin"], "/review/cases/[id]": ["reviewer", "admin"], "/review/export": ["reviewer", "admin"], "/review/attachments/[id]": ["reviewer", "admin", "finance"],
  "/finance": ["finance"], "/finance/cases/[id]": ["finance"],
  "/finance/batches": ["finance"], "/finance/batches/[id]": ["finance"], "/finance/batches/[id]/export": ["finance"],
  "/admin": ["admin"], "/admin/dashboard": ["admin"], "/admin/dashboard/export": ["admin"], "/admin/lpr": ["admin"], "/admin/calendar": ["admin"], "/admin/rounds": ["admin"],
  "/admin/rounds/new": ["admin"], "/admin/rounds/[id]": ["admin"], "/admin/users": ["admin"], "/admin/whatif": ["admin"],
  "/admin/verifications": ["admin"], "/applicant/verification": ["applicant"], "/admin/bureaus": ["admin"],
  // 免申即享 lists: the import page, a measure's blank list, an import's result (xlsx); the upload is POST /api/offers/import
  "/admin/offers": ["admin"], "/admin/offers/template": ["admin"], "/admin/offers/[id]/report": ["admin"], "/api/offers/import": ["admin"],
  // route handlers under /api check their own roles; GET probes below
  "/api/attachments/[id]": SIGNED_IN,
  "/api/cases/[id]/attachments": ["applicant"],
  "/api/cases/[id]/submit": ["applicant"],
  // the application form's save (PUT)
  "/api/cases/[id]/draft": ["applicant"],
  // a licence: admins, and the applicant who sent it (anyone else: 404)
  "/api/verifications/[id]/licence": SIGNED_IN,
  "/api/organisation/verification": ["applicant"],
  // a submitted case's application and receipt PDFs: whoever may read the case (requireCaseAccess "read"); not_found otherwise
  "/api/cases/[id]/pdf/[doc]": SIGNED_IN,
  "/api/auth/[...nextauth]": ALL,
  // operations: liveness and readiness are public and carry no data; metrics take the
  // METRICS_TOKEN bearer, no portal role (e2e/serve.ts sets a token: 401 for every role)
  "/api/health": ALL,
  "/api/ready": ALL,
  "/api/metrics": [],
};

/** route handlers that only answer a write (probed with an empty same-origin request of that method) */
export const WRITE_ONLY: Record<string, "POST" | "PUT"> = {
  "/api/cases/[id]/attachments": "POST", "/api/cases/[id]/submit": "POST", "/api/cases/[id]/draft": "PUT",
  "/api/organisation/verification": "POST", "/api/offers/import": "POST",
};

export function actionRoles(file: string, name: string): Subject[] | undefined {
  return ACTIONS[`${file}#${name}`] ?? ACTIONS[`${file}#*`];
}
