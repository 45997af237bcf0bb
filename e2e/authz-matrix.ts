// The authorization design, as data: who may call each server action, route handler and page.
// e2e/authz-matrix.spec.ts checks every entry against the running build for every role, and fails
// when the build has an action, route or page that is missing here.
export type Role = "visitor" | "applicant" | "reviewer" | "finance" | "admin";
export const ROLES: Role[] = ["visitor", "applicant", "reviewer", "finance", "admin"];
const ALL: Role[] = ROLES;
const SIGNED_IN: Role[] = ["applicant", "reviewer", "finance", "admin"];

/** server actions: "<file>#<export>" → roles that pass the role check */
export const ACTIONS: Record<string, Role[]> = {
  "lib/i18n/actions.ts#setLocale": ALL,
  "app/(public)/sign-up/actions.ts#signUp": ALL,
  "app/(public)/notice/actions.ts#*": ALL,
  "app/(applicant)/applicant/apply/[measureId]/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/edit/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/cases/[id]/review/actions.ts#*": ["applicant"],
  "app/(applicant)/applicant/profile/actions.ts#*": ["applicant"],
  "app/(applicant)/notifications/actions.ts#*": SIGNED_IN,
  "app/(review)/review/cases/[id]/actions.ts#*": ["reviewer"],
  // the test-only "end notice now": nobody, unless the server runs with DEMO_MODE=1 (e2e/serve.ts passes the env on)
  "app/(review)/review/cases/[id]/actions.ts#endNoticeAction": process.env.DEMO_MODE === "1" ? ["admin"] : [],
  "app/(review)/finance/cases/[id]/actions.ts#*": ["finance"],
  "app/(admin)/admin/lpr/actions.ts#*": ["admin"],
  "app/(admin)/admin/rounds/actions.ts#*": ["admin"],
  "app/(admin)/admin/users/actions.ts#*": ["admin"],
  // maker-checker: any admin may call them; the service refuses the requester's own approval (self_approval)
  "app/(admin)/admin/users/actions.ts#approvePrivilegeAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#rejectPrivilegeAction": ["admin"],
  "app/(admin)/admin/whatif/actions.ts#*": ["admin"],
};

/** pages and route handlers by their app path → roles that may open them */
export const PATHS: Record<string, Role[]> = {
  "/": ALL, "/me": SIGNED_IN, "/sign-in": ALL, "/sign-up": ALL, "/policy": ALL, "/measures": ALL, "/measures/[id]": ALL,
  "/calculator": ALL, "/notice": ALL, "/notice/[id]": ALL, "/notice/export": ALL, "/notice/objection": ALL,
  "/applicant": ["applicant"], "/applicant/profile": ["applicant"], "/applicant/apply/[measureId]": ["applicant"],
  "/applicant/cases/[id]": ["applicant"], "/applicant/cases/[id]/edit": ["applicant"], "/applicant/cases/[id]/review": ["applicant"],
  "/applicant/cases/[id]/submitted": ["applicant"],
  "/notifications": SIGNED_IN,
  "/review": ["reviewer", "admin"], "/review/cases/[id]": ["reviewer", "admin"], "/review/export": ["reviewer", "admin"], "/review/attachments/[id]": ["reviewer", "admin", "finance"],
  "/finance": ["finance"], "/finance/cases/[id]": ["finance"],
  "/admin": ["admin"], "/admin/dashboard": ["admin"], "/admin/dashboard/export": ["admin"], "/admin/lpr": ["admin"], "/admin/rounds": ["admin"],
  "/admin/rounds/new": ["admin"], "/admin/rounds/[id]": ["admin"], "/admin/users": ["admin"], "/admin/whatif": ["admin"],
  // route handlers under /api check their own roles; GET probes below
  "/api/attachments/[id]": SIGNED_IN,
  "/api/cases/[id]/attachments": ["applicant"],
  "/api/cases/[id]/submit": ["applicant"],
  "/api/auth/[...nextauth]": ALL,
};

/** route handlers that only answer POST (probed with an empty same-origin POST) */
export const POST_ONLY = new Set(["/api/cases/[id]/attachments", "/api/cases/[id]/submit"]);

export function actionRoles(file: string, name: string): Role[] | undefined {
  return ACTIONS[`${file}#${name}`] ?? ACTIONS[`${file}#*`];
}
