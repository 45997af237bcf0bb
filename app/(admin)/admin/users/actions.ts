"use server";
import { defineAction } from "@/lib/actions/define-action";
import { approvePrivilege, rejectPrivilege } from "@/lib/admin/privileges";
import { activeSchema, blacklistSchema, clearBlacklistSchema, decideSchema, resetPasswordSchema, roleSchema, staffSchema, userIdSchema } from "@/lib/admin/user-schema";
import { blacklistOrganisation, clearBlacklist, createStaff, resetStaffPassword, resetStaffSecondFactor, setStaffActive, setStaffRole } from "@/lib/admin/users";

export const createStaffAction = defineAction(["admin"], staffSchema, (input, user) => createStaff(user, input));
export const setStaffRoleAction = defineAction(["admin"], roleSchema, (input, user) => setStaffRole(user, input));
export const setStaffActiveAction = defineAction(["admin"], activeSchema, (input, user) => setStaffActive(user, input));
export const resetStaffPasswordAction = defineAction(["admin"], resetPasswordSchema, (input, user) => resetStaffPassword(user, input));
export const resetSecondFactorAction = defineAction(["admin"], userIdSchema, (input, user) => resetStaffSecondFactor(user, input));
export const blacklistAction = defineAction(["admin"], blacklistSchema, (input, user) => blacklistOrganisation(user, input));
export const clearBlacklistAction = defineAction(["admin"], clearBlacklistSchema, (input, user) => clearBlacklist(user, input));
// maker-checker: the second admin's decision on a pending staff privilege (rules in lib/admin/privileges.ts)
export const approvePrivilegeAction = defineAction(["admin"], decideSchema, (input, user) => approvePrivilege(user, input));
export const rejectPrivilegeAction = defineAction(["admin"], decideSchema, (input, user) => rejectPrivilege(user, input));
