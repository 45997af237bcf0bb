"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { previewCase } from "@/lib/cases/drafts";

// The form's save is a route handler (app/api/cases/[id]/draft), not an action: see there.

/** The rules' verdict on the saved answers (what the server would decide now). */
export const previewAction = defineAction(["applicant"], z.object({ caseId: z.string().min(1).max(64) }), async ({ caseId }, user) => {
  const d = await previewCase(user, caseId);
  return { eligible: d.eligible, ceilingFen: d.ceilingFen, fixed: d.fixed, reasons: d.reasons };
});
