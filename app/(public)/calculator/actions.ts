"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { saveScreenerAnswers } from "@/lib/organisations/facts";

const name = z.string().min(1).max(80);
const fewKeys = (max: number) => (o: Record<string, unknown>) => Object.keys(o).length <= max;

/** the calculator's answers as the flow holds them (rules/screener ScreenerAnswers); the service checks every value */
const answersSchema = z.object({
  // the flow of a signed-in applicant starts from its organisation's type and registration: they must be those
  orgType: z.string().max(40),
  registeredInCity: z.boolean(),
  qualifications: z.array(name).max(20).optional(),
  figures: z.record(name, z.number()).refine(fewKeys(40), "too_long").optional(),
  gates: z.record(name, z.array(name).max(40)).refine(fewKeys(10), "too_long").optional(),
  facts: z.record(name, z.record(name, z.unknown()).refine(fewKeys(20), "too_long")).refine(fewKeys(60), "too_long").optional(),
  skipped: z.array(z.string().max(120)).max(200).optional(),
}).strict();

// a signed-in applicant's answers go to its organisation's profile; anyone else's stay in the browser
export const saveScreenerAction = defineAction(["applicant"], answersSchema, (answers, user) => saveScreenerAnswers(user, answers));
