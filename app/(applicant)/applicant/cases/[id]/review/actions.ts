"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { FIX_ANSWER_MAX } from "@/lib/cases/fix-answers";
import { submitCase } from "@/lib/cases/submit";

// The submit key is made once per page load: a double click or a retry makes one submission.
export const submitAction = defineAction(
  ["applicant"],
  z.object({
    caseId: z.string().min(1).max(64),
    version: z.number().int().min(0),
    submitKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/),
    commitment: z.literal(true, "commitment_required"),
    acceptMissingDocuments: z.boolean().optional(),
    // one answer per item of the return's fix list (lib/cases/fix-answers.ts checks each)
    fixAnswers: z.array(z.string().max(FIX_ANSWER_MAX * 2)).max(30).optional(),
  }),
  async (input, user) => {
    const r = await submitCase(user, input);
    return { caseNo: r.caseNo, repeated: r.repeated };
  },
);
