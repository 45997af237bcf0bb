// Staff account and credit-blacklist forms (shared by the forms and the services).
import * as z from "zod/mini";
import { emailField, personNameField } from "../auth/contact-fields";
import { isIsoDate } from "../../rules/core/fields";
import { passwordSchema } from "../auth/password-policy";
import { BUREAU_IDS } from "../../rules/core/types";

export const STAFF_ROLES = ["reviewer", "finance", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const password = passwordSchema;

/** reviewers belong to a bureau; finance officers to the finance bureau; admins to none */
const roleAndBureau = {
  role: z.enum(STAFF_ROLES, "required"),
  bureauId: z.string(),
};
function bureauRule(v: { role: StaffRole; bureauId: string }, ctx: z.core.$RefinementCtx) {
  if (v.role === "reviewer" && !(BUREAU_IDS as readonly string[]).includes(v.bureauId)) {
    ctx.addIssue({ code: "custom", path: ["bureauId"], message: "bureau_required" });
  }
}
export function bureauFor(role: StaffRole, bureauId: string): string | null {
  return role === "reviewer" ? bureauId : role === "finance" ? "finance" : null;
}

export const staffSchema = z
  .object({
    email: emailField,
    name: personNameField,
    ...roleAndBureau,
    password,
  })
  .check(z.superRefine(bureauRule));

export const roleSchema = z.object({ userId: z.string().check(z.minLength(1), z.maxLength(64)), ...roleAndBureau }).check(z.superRefine(bureauRule));
export const resetPasswordSchema = z.object({ userId: z.string().check(z.minLength(1), z.maxLength(64)), password });
export const userIdSchema = z.object({ userId: z.string().check(z.minLength(1), z.maxLength(64)) });
export const activeSchema = z.object({ userId: z.string().check(z.minLength(1), z.maxLength(64)), active: z.boolean() });
/** approve or reject a pending privilege request */
export const decideSchema = z.object({ requestId: z.string().check(z.minLength(1), z.maxLength(64)) });

export const blacklistSchema = z.object({
  organisationId: z.string().check(z.minLength(1), z.maxLength(64)),
  reason: z.string().check(z.trim(), z.minLength(4, "blacklist_reason"), z.maxLength(500, "too_long")),
  /** date of the listing decision, YYYY-MM-DD, this century (the future is refused by the service) */
  listedOn: z.string().check(z.refine((s) => isIsoDate(s) && s >= "2000-01-01", "date")),
});
export const clearBlacklistSchema = z.object({ organisationId: z.string().check(z.minLength(1), z.maxLength(64)), reason: z.optional(z.string().check(z.trim(), z.maxLength(500, "too_long"))) });

export type StaffInput = z.input<typeof staffSchema>;
export type BlacklistInput = z.input<typeof blacklistSchema>;
