"use server";
import { z } from "zod";
import { defineEnrolmentAction } from "@/lib/actions/define-action";
import { confirmEnrolment } from "@/lib/auth/second-factor";

const confirmSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "code_invalid") });

// open to a session that has not passed the second factor yet: enrolling is how staff pass it
export const confirmEnrolmentAction = defineEnrolmentAction(confirmSchema, (input, s) => confirmEnrolment(s.user, s.sid, input.code));
