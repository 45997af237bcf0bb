"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { roundSchema } from "@/lib/admin/round-schema";
import { createRound, setRoundStatus, updateRound } from "@/lib/admin/rounds";

export const createRoundAction = defineAction(["admin"], roundSchema, async (input, user) => {
  const r = await createRound(user, input);
  return { id: r.id };
});

export async function updateRoundAction(roundId: string, raw: unknown) {
  return defineAction(["admin"], roundSchema, async (input, user) => {
    await updateRound(user, roundId, input);
    return { id: roundId };
  })(raw);
}

export const setRoundStatusAction = defineAction(
  ["admin"],
  z.object({ roundId: z.string().min(1).max(64), to: z.enum(["open", "closed"]) }),
  async (input, user) => {
    const r = await setRoundStatus(user, input.roundId, input.to);
    return { status: r.status };
  },
);
