"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { addColleague, updateContact } from "@/lib/organisations/members";
import { bankAccountSchema } from "@/lib/organisations/bank-account";
import { updateBankAccount } from "@/lib/organisations/bank-account-store";
import { clearFact, setFact } from "@/lib/organisations/facts";
import { colleagueSchema, contactSchema } from "./schemas";

export const updateContactAction = defineAction(["applicant"], contactSchema, async (input, user) => {
  await updateContact(user, input);
  revalidatePath("/applicant/profile");
  return { saved: true };
});

export const addColleagueAction = defineAction(["applicant"], colleagueSchema, async (input, user) => {
  const u = await addColleague(user, input);
  revalidatePath("/applicant/profile");
  return { id: u.id, email: u.email };
});

export const updateBankAccountAction = defineAction(["applicant"], bankAccountSchema, async (input, user) => {
  await updateBankAccount(user, input);
  revalidatePath("/applicant/profile");
  return { saved: true };
});

// the profile's facts (calculator answers, accepted lists): the service checks the value against the measures' field specs
const factKey = { measureId: z.string().max(80), name: z.string().min(1).max(80) };

export const setFactAction = defineAction(["applicant"], z.object({ ...factKey, value: z.unknown() }), async (input, user) => {
  await setFact(user, { measureId: input.measureId, name: input.name, value: input.value });
  revalidatePath("/applicant/profile");
  return { saved: true };
});

export const clearFactAction = defineAction(["applicant"], z.object(factKey), async (input, user) => {
  await clearFact(user, input);
  revalidatePath("/applicant/profile");
  return { cleared: true };
});
