"use server";
import { defineAction } from "@/lib/actions/define-action";
import { decideVerification } from "@/lib/organisations/verification";
import { decisionSchema } from "@/lib/organisations/verification-schema";

// an admin approves or rejects a verification, change or dispute (rules in lib/organisations/verification.ts)
export const decideVerificationAction = defineAction(["admin"], decisionSchema, (input, user) => decideVerification(user, input));
