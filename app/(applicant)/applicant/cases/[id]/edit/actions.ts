"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { previewCase, saveDraft } from "@/lib/cases/drafts";
import { editSchema } from "./schemas";

export const saveDraftAction = defineAction(["applicant"], editSchema, async (input, user) => {
  const { version } = await saveDraft(user, input);
  return { version, savedAt: new Date().toISOString() };
});

/** The rules' verdict on the saved answers (what the server would decide now). */
export const previewAction = defineAction(["applicant"], z.object({ caseId: z.string().min(1).max(64) }), async ({ caseId }, user) => {
  const d = await previewCase(user, caseId);
  return { eligible: d.eligible, ceilingFen: d.ceilingFen, fixed: d.fixed, reasons: d.reasons };
});
