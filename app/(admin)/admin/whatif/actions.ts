"use server";
import { defineAction } from "@/lib/actions/define-action";
import { applyWhatIf } from "@/lib/admin/whatif-apply";
import { applySchema } from "@/lib/admin/whatif-schema";

export const applyWhatIfAction = defineAction(["admin"], applySchema, (input, user) => applyWhatIf(user, input));
