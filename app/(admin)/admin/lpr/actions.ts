"use server";
import { defineAction } from "@/lib/actions/define-action";
import { addLprRate, moveKnownThrough } from "@/lib/admin/lpr";
import { knownThroughSchema, lprRateSchema } from "@/lib/admin/lpr-schema";

export const addLprRateAction = defineAction(["admin"], lprRateSchema, async (input, user) => {
  const r = await addLprRate(user, input);
  return { month: r.month };
});

export const moveKnownThroughAction = defineAction(["admin"], knownThroughSchema, (input, user) => moveKnownThrough(user, input));
