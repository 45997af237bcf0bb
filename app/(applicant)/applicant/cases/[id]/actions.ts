"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { discardDraft, withdrawCase } from "@/lib/cases/withdraw";

export const withdrawAction = defineAction(
  ["applicant"],
  z.object({ caseId: z.string().min(1).max(64), version: z.number().int().min(0), reason: z.string().trim().max(500, "too_long").optional() }),
  async (input, user) => {
    const c = await withdrawCase(user, input);
    revalidatePath("/applicant");
    return { status: c.status };
  },
);

export const discardAction = defineAction(
  ["applicant"],
  z.object({ caseId: z.string().min(1).max(64), version: z.number().int().min(0) }),
  async (input, user) => {
    const c = await discardDraft(user, input);
    revalidatePath("/applicant");
    return { status: c.status };
  },
);
