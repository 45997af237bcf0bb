"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { startDraft } from "@/lib/cases/drafts";

// createKey comes from the page: a retried or double-clicked start returns the same draft.
export const startApplication = defineAction(
  ["applicant"],
  z.object({ measureId: z.string().min(1).max(80), createKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/) }),
  async ({ measureId, createKey }, user) => {
    const c = await startDraft(user, measureId, createKey);
    return { id: c.id };
  },
);
